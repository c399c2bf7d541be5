// Line-buffered UTF-8 output: bytes from fd_write become text emitted at line ends; a character
// split across two writes (or across a flush at the end of a call) is decoded whole; flush() emits
// the unterminated rest.

export class LineSink {
  /** emit(text) receives one or more complete lines, or the rest on flush. */
  constructor(emit) {
    this.emit = emit;
    this.decoder = new TextDecoder('utf-8');
    this.pending = '';
    this.dirty = false;
  }

  write(bytes) {
    this.dirty = true;
    const text = this.decoder.decode(bytes, { stream: true });
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      this.pending += text;
      return;
    }
    const lines = this.pending + text.slice(0, end + 1);
    this.pending = text.slice(end + 1);
    this.emit(lines);
  }

  /**
   * Emits the unterminated rest of a line. Bytes of a character not yet complete stay in the decoder
   * (the next write completes them) unless `final`, which ends the stream (U+FFFD for a cut tail).
   */
  flush(final = false) {
    if (!this.dirty && !final) return;
    this.dirty = false;
    const rest = this.pending + (final ? this.decoder.decode() : '');
    this.pending = '';
    if (rest) this.emit(rest);
  }
}

/** The default output when no callback is given: one console call per line. */
export function consoleSink(method) {
  return new LineSink((text) => {
    for (const line of text.replace(/\n$/, '').split('\n')) console[method](line);
  });
}
