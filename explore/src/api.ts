import { useEffect, useState } from 'react';
import type { TypedDocumentString } from './generated/graphql';

/** A GraphQL error as the API reports it (README "Limits and errors"): the message and its extensions.code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Reply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one typed operation to this server's /graphql; any error (HTTP, network or GraphQL) is thrown. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw new ApiError(`无法连接服务器 (cannot reach the API): ${String(error)}`, 'NETWORK');
  }
  let reply: Reply<TResult>;
  try {
    reply = (await response.json()) as Reply<TResult>;
  } catch {
    throw new ApiError(`服务器返回了非 JSON 内容 (HTTP ${response.status})`, 'BAD_RESPONSE');
  }
  const first = reply.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!reply.data) throw new ApiError(`空响应 (empty response, HTTP ${response.status})`, undefined);
  return reply.data;
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'done'; data: T };

/** Runs `load` when `key` changes; a later key's answer replaces an earlier one's, never the reverse. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { state: 'loading' } });
  useEffect(() => {
    let current = true;
    setResult({ key, loaded: { state: 'loading' } });
    load().then(
      (data) => current && setResult({ key, loaded: { state: 'done', data } }),
      (error: unknown) =>
        current &&
        setResult({
          key,
          loaded: { state: 'error', error: error instanceof ApiError ? error : new ApiError(String(error), undefined) },
        }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; the key says when it asks for something else.
  }, [key]);
  return result.key === key ? result.loaded : { state: 'loading' };
}

/** One typed operation, rerun when its variables change. */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Loaded<TResult> {
  const key = `${document.toString().slice(0, 80)}|${JSON.stringify(variables)}`;
  return useLoad(key, () => request(document, variables));
}
