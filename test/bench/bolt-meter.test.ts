import { runCounter } from '../../bench/bolt-meter';

/** What neo4j-driver 5.28 writes to Neo4j 5.26 for `RETURN 1`, then `RETURN 2` in a transaction (recorded). */
const WRITES = [
  '6060b017000001ff000808050002040400000003', // handshake: magic, manifest offer, 5.8–5.0, 4.4–4.2, 3
  '0000080500', // manifest: version 5.8 chosen, no capabilities
  '0003b101a00000', // HELLO (its map left empty here)
  '000db3108852455455524e2031a0a000000008b13fa1816ec903e80000', // RUN "RETURN 1" {} {}, PULL
  '0004b111a0a00000', // BEGIN
  '000db3108852455455524e2032a0a000000008b13fa1816ec903e80000', // RUN "RETURN 2", PULL
  '0002b0120000', // COMMIT
  '0002b0020000', // GOODBYE
].map((hex) => Buffer.from(hex, 'hex'));

describe('the Bolt meter of the benchmark', () => {
  it('counts the RUN messages of a stream, past the manifest handshake', () => {
    let runs = 0;
    const parse = runCounter(() => runs++);
    WRITES.forEach((bytes) => parse(bytes));
    expect(runs).toBe(2);
  });

  it('counts the same when every byte is a write of its own', () => {
    let runs = 0;
    const parse = runCounter(() => runs++);
    for (const bytes of WRITES) for (const byte of bytes) parse(Uint8Array.of(byte));
    expect(runs).toBe(2);
  });

  it('counts RUN only at the start of a message, not a 0x10 inside one', () => {
    let runs = 0;
    const parse = runCounter(() => runs++);
    parse(Buffer.from('6060b01700000105000004040000030400000000', 'hex')); // no manifest offer
    parse(Buffer.from('0004b111b3100000', 'hex')); // BEGIN whose map holds b3 10
    expect(runs).toBe(0);
    parse(Buffer.from('0003b31080', 'hex')); // a RUN split over chunks and writes
    parse(Buffer.from('0001a0', 'hex'));
    parse(Buffer.from('0000', 'hex'));
    expect(runs).toBe(1);
  });
});
