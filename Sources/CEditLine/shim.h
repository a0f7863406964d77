// Non-variadic wrappers around libedit for Swift, which cannot call C
// variadic functions (el_set, el_get, history). One wrapper per operation.
#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <sys/ioctl.h>

typedef unsigned char (*cel_function_t)(EditLine *, int);
typedef int (*cel_read_t)(EditLine *, wchar_t *);
typedef char *(*cel_prompt_t)(EditLine *);

// stdin/stdout/stderr are unsafe globals in Swift 6, so they are passed here.
static inline EditLine *cel_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

// Writes through libedit's own output stream, so the order with its output holds.
static inline void cel_write_output(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

static inline int cel_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int cel_set_editmode(EditLine *e, int on) { return el_set(e, EL_EDITMODE, on); }
static inline int cel_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *cel_get_clientdata(EditLine *e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int cel_set_prompt(EditLine *e, cel_prompt_t prompt, char marker) {
    return el_set(e, EL_PROMPT_ESC, prompt, marker);
}
static inline int cel_set_getcfn(EditLine *e, cel_read_t read) { return el_set(e, EL_GETCFN, read); }
static inline int cel_add_function(EditLine *e, const char *name, const char *help, cel_function_t fn) {
    return el_set(e, EL_ADDFN, name, help, fn);
}
static inline int cel_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, NULL);
}
// Binds in the alternate key map too (vi command mode).
static inline int cel_bind_alternate(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, "-a", key, function, NULL);
}
// In edit mode only: signals keys such as ^C arrive as plain characters.
static inline int cel_disable_isig(EditLine *e) { return el_set(e, EL_SETTY, "-d", "-isig", NULL); }
static inline int cel_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
// Raw mode now: el_gets stays in cooked mode when input is pending or text
// was pushed, unless the terminal is already in edit mode.
static inline int cel_prepare_terminal(EditLine *e, int edit) { return el_set(e, EL_PREP_TERM, edit); }
// Forgets what libedit believes is on screen and draws prompt and line from the cursor.
static inline int cel_refresh(EditLine *e) { return el_set(e, EL_REFRESH); }

static inline History *cel_history_init(int size) {
    HistEvent ev;
    History *h = history_init();
    if (h == NULL) return NULL;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
static inline int cel_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int cel_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
static inline int cel_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
// The most recent entry, or NULL when the history is empty.
static inline const char *cel_history_newest(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_FIRST) != 0) return NULL;
    return ev.str;
}
// Terminal width of fd, or 0 when it is not a terminal.
static inline int cel_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0) return ws.ws_col;
    return 0;
}

#endif
