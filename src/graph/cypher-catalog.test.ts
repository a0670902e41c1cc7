import { CypherCatalog } from './cypher-catalog';

/** A catalog of the given files (name → source), as CypherCatalog.load reads cypher/. */
function catalogOf(files: Record<string, string>): CypherCatalog {
  const catalog = new CypherCatalog();
  for (const [file, source] of Object.entries(files)) catalog.addFile(file, source);
  return catalog;
}

describe('CypherCatalog', () => {
  it('reads statements by name, without their header comments and trailing semicolon', () => {
    const catalog = catalogOf({
      'a.cypher': '// about the file\n\n// name: one\nRETURN 1 AS x;\n\n// name: two\nRETURN 2 AS x\n',
    });
    expect(catalog.names()).toEqual(['one', 'two']);
    expect(catalog.get('one')).toBe('RETURN 1 AS x');
  });

  it('sends comment lines as empty lines, so positions still hold, and keeps a comment after Cypher', () => {
    const catalog = catalogOf({
      'a.cypher':
        "// name: s\n// why the step\nMATCH (n)\n  // indented, in a fragment\nWHERE n.url = 'a // b'\nRETURN n\n",
    });
    expect(catalog.get('s')).toBe("\nMATCH (n)\n\nWHERE n.url = 'a // b'\nRETURN n");
  });

  it('replaces an include line by its fragment, indented as the line, through nested includes and across files', () => {
    const catalog = catalogOf({
      'a.cypher': '// name: outer\nCALL () {\n  // include: middle\n}\nRETURN n',
      'b.cypher':
        '// fragment: middle\nUNWIND $xs AS x\n// include: inner\n\n// fragment: inner\nMATCH (n {id: x})\nRETURN n',
    });
    expect(catalog.get('outer')).toBe('CALL () {\n  UNWIND $xs AS x\n  MATCH (n {id: x})\n  RETURN n\n}\nRETURN n');
    // Fragments are not statements: nothing runs them alone.
    expect(catalog.names()).toEqual(['outer']);
    expect(() => catalog.get('middle')).toThrow('no Cypher statement named "middle"');
  });

  it('names the statement and the missing fragment, and refuses a fragment that includes itself', () => {
    expect(() => catalogOf({ 'a.cypher': '// name: s\n// include: nowhere\nRETURN 1' }).get('s')).toThrow(
      'a.cypher: "s" includes "nowhere", which no file defines',
    );
    const loop = catalogOf({ 'a.cypher': '// name: s\n// include: f\n\n// fragment: f\n// include: f\nRETURN 1' });
    expect(() => loop.get('s')).toThrow('fragment "f" includes itself (s → f → f)');
  });

  it('refuses a name defined twice and an empty body', () => {
    expect(() => catalogOf({ 'a.cypher': '// name: s\nRETURN 1\n// name: s\nRETURN 2' })).toThrow(
      'statement "s" is defined twice',
    );
    expect(() => catalogOf({ 'a.cypher': '// fragment: f\n\n// name: s\nRETURN 1' })).toThrow('fragment "f" is empty');
  });

  it('loads cypher/ with every include resolved', () => {
    const catalog = CypherCatalog.load();
    expect(catalog.get('apiCoverage')).toContain('MATCH (alias:Alias {text: input.text})');
    expect(catalog.names().every((name) => !catalog.get(name).includes('// include:'))).toBe(true);
  });
});
