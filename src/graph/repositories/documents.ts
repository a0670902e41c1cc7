import type { DocumentKind } from '../../model/facts';
import type { PassagePageKey, Reader } from '../loaders';
import type { Connection, PageRequest } from '../pagination';
import { toDocument, type DocumentRecord } from '../records';
import { resolveNames } from './names';
import { keysetPage } from './page';
import { emptyToNull } from './programmes';

export interface DocumentFilter {
  kind?: DocumentKind | null;
  area?: string | null;
  includeSubAreas?: boolean | null;
  text?: string | null;
}

export async function listDocuments(
  read: Reader,
  filter: DocumentFilter,
  request: PageRequest,
): Promise<Connection<DocumentRecord>> {
  const ids = await resolveNames(read, [{ field: 'area', labels: ['AdministrativeArea'], text: filter.area }]);
  const params = {
    kind: filter.kind ?? null,
    text: emptyToNull(filter.text),
    areaIds: ids.area,
    includeSubAreas: filter.includeSubAreas ?? true,
  };
  return keysetPage(read, { page: 'apiDocumentPage', count: 'apiDocumentCount' }, params, request, toDocument);
}

/** The key of a page of a document's passages (pageRequest checked its cursor is of this document's passages). */
export function passagePageKey(documentId: string, request: PageRequest): PassagePageKey {
  return { documentId, request };
}
