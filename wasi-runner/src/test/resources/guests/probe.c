// probe: a WASI guest that performs file-system operations named on its command line and prints
// the raw WASI errno of each, one line per command. It calls wasi_snapshot_preview1 directly (not
// through wasi-libc's path handling), so the runner sees exactly the paths written here.
//
//   probe 'read /data ../secret' 'write /data out.txt hello' 'symlink ../.. /data up'
//
// Each argument is one command; words are separated by single spaces. DIR is the guest name of a
// preopened directory. Output: "<command> -> <errno>[ <data>]".
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMPORT(name) \
  __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))

IMPORT(fd_prestat_get) int32_t w_prestat_get(int32_t fd, int32_t buf);
IMPORT(fd_prestat_dir_name) int32_t w_prestat_dir_name(int32_t fd, int32_t buf, int32_t len);
IMPORT(path_open) int32_t w_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t len,
                                      int32_t oflags, int64_t base, int64_t inh, int32_t fdflags,
                                      int32_t out);
IMPORT(fd_read) int32_t w_fd_read(int32_t fd, int32_t iovs, int32_t n, int32_t out);
IMPORT(fd_write) int32_t w_fd_write(int32_t fd, int32_t iovs, int32_t n, int32_t out);
IMPORT(fd_close) int32_t w_fd_close(int32_t fd);
IMPORT(fd_renumber) int32_t w_fd_renumber(int32_t from, int32_t to);
IMPORT(fd_filestat_set_size) int32_t w_fd_filestat_set_size(int32_t fd, int64_t size);
IMPORT(path_filestat_get) int32_t w_path_filestat_get(int32_t fd, int32_t flags, int32_t path,
                                                      int32_t len, int32_t buf);
IMPORT(path_filestat_set_times) int32_t w_path_filestat_set_times(int32_t fd, int32_t flags,
                                                                  int32_t path, int32_t len,
                                                                  int64_t atim, int64_t mtim,
                                                                  int32_t fst);
IMPORT(path_create_directory) int32_t w_path_create_directory(int32_t fd, int32_t path,
                                                              int32_t len);
IMPORT(path_remove_directory) int32_t w_path_remove_directory(int32_t fd, int32_t path,
                                                              int32_t len);
IMPORT(path_unlink_file) int32_t w_path_unlink_file(int32_t fd, int32_t path, int32_t len);
IMPORT(path_rename) int32_t w_path_rename(int32_t fd, int32_t old, int32_t old_len, int32_t fd2,
                                          int32_t new_, int32_t new_len);
IMPORT(path_link) int32_t w_path_link(int32_t fd, int32_t flags, int32_t old, int32_t old_len,
                                      int32_t fd2, int32_t new_, int32_t new_len);
IMPORT(path_symlink) int32_t w_path_symlink(int32_t target, int32_t target_len, int32_t fd,
                                            int32_t path, int32_t len);
IMPORT(path_readlink) int32_t w_path_readlink(int32_t fd, int32_t path, int32_t len, int32_t buf,
                                              int32_t buf_len, int32_t out);
IMPORT(fd_readdir) int32_t w_fd_readdir(int32_t fd, int32_t buf, int32_t len, int64_t cookie,
                                        int32_t out);

#define RIGHTS_FD_READ (1ull << 1)
#define RIGHTS_FD_WRITE (1ull << 6)
#define RIGHTS_FD_READDIR (1ull << 14)
#define RIGHTS_FD_FILESTAT_SET_SIZE (1ull << 22)
#define OFLAGS_CREAT 1
#define OFLAGS_DIRECTORY 2
#define OFLAGS_TRUNC 8
#define FOLLOW 1

static int32_t P(const void *p) { return (int32_t)(uintptr_t)p; }
static int32_t L(const char *s) { return (int32_t)strlen(s); }

// The descriptor of the preopened directory named `name`, or -1.
static int preopen(const char *name) {
  for (int fd = 3; fd < 64; fd++) {
    uint32_t stat[2];
    if (w_prestat_get(fd, P(stat)) != 0) continue;
    char buf[256];
    if (stat[1] >= sizeof buf || w_prestat_dir_name(fd, P(buf), stat[1]) != 0) continue;
    buf[stat[1]] = 0;
    if (strcmp(buf, name) == 0) return fd;
  }
  return -1;
}

static int open_at(int dir, const char *path, int follow, int oflags, uint64_t rights, int *fd) {
  return w_path_open(dir, follow, P(path), L(path), oflags, rights, 0, 0, P(fd));
}

static int read_all(int fd, char *out, int cap) {
  int used = 0;
  for (;;) {
    uint32_t iov[2] = {(uint32_t)P(out + used), (uint32_t)(cap - used)};
    uint32_t n = 0;
    int e = w_fd_read(fd, P(iov), 1, P(&n));
    if (e) return -e;
    if (n == 0 || used + (int)n >= cap) return used + (int)n;
    used += (int)n;
  }
}

static int write_all(int fd, const char *text) {
  uint32_t iov[2] = {(uint32_t)P(text), (uint32_t)L(text)};
  uint32_t n = 0;
  return w_fd_write(fd, P(iov), 1, P(&n));
}

// A path of `n` bytes: "a/a/a/..." (exactly n bytes, ending in a name).
static char *long_path(int n) {
  char *p = malloc(n + 1);
  for (int i = 0; i < n; i++) p[i] = (i % 2) ? '/' : 'a';
  if (n > 0 && p[n - 1] == '/') p[n - 1] = 'a';
  p[n] = 0;
  return p;
}

// A directory descriptor kept across commands ("hold"), to test what changes between calls.
static int held = -1;

static int list(int fd, char *data, int cap) {
  char buf[4096];
  uint32_t used = 0;
  int e = w_fd_readdir(fd, P(buf), sizeof buf, 0, P(&used));
  if (e) return e;
  int out = 0;
  for (uint32_t at = 0; at + 24 <= used;) {
    uint32_t len = *(uint32_t *)(buf + at + 16);
    if (at + 24 + len > used) break;
    out += snprintf(data + out, cap - out, "%s%.*s", out ? "," : "", (int)len, buf + at + 24);
    at += 24 + len;
  }
  return 0;
}

static int run(char **w, int n, char *data, int cap) {
  const char *op = w[0];
  data[0] = 0;
  int d = n > 1 ? preopen(w[1]) : -1;
  int fd = -1;
  if (n > 1 && d < 0 && strcmp(op, "symlink") != 0 && strncmp(op, "oob", 3) != 0 &&
      strcmp(op, "longpath") != 0 && strcmp(op, "read-held") != 0) {
    return 8;  // EBADF: no such preopen
  }
  if (!strcmp(op, "read") || !strcmp(op, "read-follow")) {
    int e = open_at(d, w[2], !strcmp(op, "read-follow") ? FOLLOW : 0, 0, RIGHTS_FD_READ, &fd);
    if (e) return e;
    int got = read_all(fd, data, cap - 1);
    w_fd_close(fd);
    if (got < 0) return -got;
    data[got] = 0;
    return 0;
  }
  if (!strcmp(op, "write") || !strcmp(op, "write-follow")) {
    int e = open_at(d, w[2], !strcmp(op, "write-follow") ? FOLLOW : 0, OFLAGS_CREAT | OFLAGS_TRUNC,
                    RIGHTS_FD_WRITE, &fd);
    if (e) return e;
    e = write_all(fd, n > 3 ? w[3] : "");
    w_fd_close(fd);
    return e;
  }
  if (!strcmp(op, "open-write")) {  // open an existing file for writing, no create, no truncate
    int e = open_at(d, w[2], 0, 0, RIGHTS_FD_WRITE, &fd);
    if (e) return e;
    e = write_all(fd, n > 3 ? w[3] : "");
    w_fd_close(fd);
    return e;
  }
  if (!strcmp(op, "truncate")) {  // O_TRUNC on open
    int e = open_at(d, w[2], 0, OFLAGS_TRUNC, RIGHTS_FD_READ, &fd);
    if (!e) w_fd_close(fd);
    return e;
  }
  if (!strcmp(op, "set-size")) {  // fd_filestat_set_size on a read-only opened file
    int e = open_at(d, w[2], 0, 0, RIGHTS_FD_READ | RIGHTS_FD_FILESTAT_SET_SIZE, &fd);
    if (e) return e;
    e = w_fd_filestat_set_size(fd, 0);
    w_fd_close(fd);
    return e;
  }
  if (!strcmp(op, "stat") || !strcmp(op, "stat-follow")) {
    uint64_t st[8];
    int e = w_path_filestat_get(d, !strcmp(op, "stat-follow"), P(w[2]), L(w[2]), P(st));
    if (!e) snprintf(data, cap, "type=%u size=%llu", (unsigned)(st[2] & 0xff),
                     (unsigned long long)st[4]);
    return e;
  }
  if (!strcmp(op, "settimes")) return w_path_filestat_set_times(d, 0, P(w[2]), L(w[2]), 0, 0, 10);
  if (!strcmp(op, "mkdir")) return w_path_create_directory(d, P(w[2]), L(w[2]));
  if (!strcmp(op, "rmdir")) return w_path_remove_directory(d, P(w[2]), L(w[2]));
  if (!strcmp(op, "unlink")) return w_path_unlink_file(d, P(w[2]), L(w[2]));
  if (!strcmp(op, "rename")) {
    int d2 = preopen(w[3]);
    return w_path_rename(d, P(w[2]), L(w[2]), d2, P(w[4]), L(w[4]));
  }
  if (!strcmp(op, "link")) {
    int d2 = preopen(w[3]);
    return w_path_link(d, 0, P(w[2]), L(w[2]), d2, P(w[4]), L(w[4]));
  }
  if (!strcmp(op, "symlink")) {  // symlink TARGET DIR PATH
    int dd = preopen(w[2]);
    return w_path_symlink(P(w[1]), L(w[1]), dd, P(w[3]), L(w[3]));
  }
  if (!strcmp(op, "readlink")) {
    uint32_t used = 0;
    int e = w_path_readlink(d, P(w[2]), L(w[2]), P(data), cap - 1, P(&used));
    data[e ? 0 : used] = 0;
    return e;
  }
  if (!strcmp(op, "ls")) {
    int e = open_at(d, w[2], 0, OFLAGS_DIRECTORY, RIGHTS_FD_READDIR, &fd);
    if (e) return e;
    e = list(fd, data, cap);
    w_fd_close(fd);
    return e;
  }
  if (!strcmp(op, "hold")) {  // hold DIR PATH: keep a descriptor of that directory
    return w_path_open(d, 0, P(w[2]), L(w[2]), OFLAGS_DIRECTORY, (1ull << 13) | RIGHTS_FD_READDIR,
                       RIGHTS_FD_READ, 0, P(&held));
  }
  if (!strcmp(op, "read-held")) {  // read-held PATH: read a file through the held descriptor
    int e = open_at(held, w[1], 0, 0, RIGHTS_FD_READ, &fd);
    if (e) return e;
    int got = read_all(fd, data, cap - 1);
    w_fd_close(fd);
    data[got < 0 ? 0 : got] = 0;
    return got < 0 ? -got : 0;
  }
  if (!strcmp(op, "ls-held")) return list(held, data, cap);
  if (!strcmp(op, "renumber-self")) {  // fd_renumber(x, x), then path_open through x
    int e = w_fd_renumber(d, d);
    if (e) return e;
    e = open_at(d, w[2], 0, 0, RIGHTS_FD_READ, &fd);
    if (e) return e;
    int got = read_all(fd, data, cap - 1);
    w_fd_close(fd);
    data[got < 0 ? 0 : got] = 0;
    return got < 0 ? -got : 0;
  }
  if (!strcmp(op, "nul-path")) {  // "name\0suffix": the NUL is inside the given length
    char path[64];
    int len = snprintf(path, sizeof path, "%s", w[2]);
    path[len] = 0;
    memcpy(path + len + 1, "x", 2);
    return w_path_open(d, 0, P(path), len + 2, 0, RIGHTS_FD_READ, 0, 0, P(&fd));
  }
  if (!strcmp(op, "longpath")) {  // longpath DIR BYTES
    int dd = preopen(w[1]);
    char *p = long_path(atoi(w[2]));
    int e = w_path_open(dd, 0, P(p), L(p), 0, RIGHTS_FD_READ, 0, 0, P(&fd));
    free(p);
    return e;
  }
  if (!strcmp(op, "oob-iovec-ptr")) {  // iovec array past the end of memory
    uint32_t n2 = 0;
    return w_fd_write(1, (int32_t)0xFFFFFFF0u, 4, P(&n2));
  }
  if (!strcmp(op, "oob-iovec-len")) {  // one buffer whose length runs past the end of memory
    uint32_t iov[2] = {(uint32_t)P(data), 0x7FFFFFFFu};
    uint32_t n2 = 0;
    return w_fd_write(1, P(iov), 1, P(&n2));
  }
  if (!strcmp(op, "oob-iovec-count")) {  // a huge iovec count
    uint32_t iov[2] = {(uint32_t)P(data), 1};
    uint32_t n2 = 0;
    return w_fd_read(0, P(iov), 0x10000000, P(&n2));
  }
  if (!strcmp(op, "oob-result")) {  // result pointer out of bounds
    uint32_t iov[2] = {(uint32_t)P("x"), 1};
    return w_fd_write(1, P(iov), 1, (int32_t)0xFFFFFFFFu);
  }
  if (!strcmp(op, "oob-path")) {  // path pointer out of bounds
    int dd = preopen(w[1]);
    return w_path_open(dd, 0, (int32_t)0xFFFFFF00u, 0x1000, 0, RIGHTS_FD_READ, 0, 0, P(&fd));
  }
  return 28;  // EINVAL: unknown command
}

int main(int argc, char **argv) {
  static char data[65536];
  for (int i = 1; i < argc; i++) {
    char *line = strdup(argv[i]);
    char *words[16];
    int n = 0;
    for (char *t = strtok(line, " "); t && n < 16; t = strtok(NULL, " ")) words[n++] = t;
    if (n == 0) continue;
    int e = run(words, n, data, sizeof data);
    printf("%s -> %d%s%s\n", argv[i], e, data[0] ? " " : "", data);
    fflush(stdout);
    free(line);
  }
  return 0;
}
