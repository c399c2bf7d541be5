// Line-buffered UTF-8 output: bytes from fd_write become text emitted at line ends; a character
// split across two writes is decoded whole; flush() emits the unterminated rest.

export class LineSink {
  /** emit(text) receives one or more complete lines, or the rest on flush. */
  constructor(emit) {
    this.emit = emit;
    this.decoder = new TextDecoder('utf-8');
    this.pending = '';
  }

  write(bytes) {
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

  flush() {
    const rest = this.pending + this.decoder.decode();
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
