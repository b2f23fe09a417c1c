/* log: one line per event to stderr (journald under systemd; DIR/log/ in
 * the dev stack): time, program, pid, then what the caller says. Callers
 * add user id and address (kp_log_req in request.h). Never log passwords,
 * tokens or message bodies. */
#ifndef KP_LOG_H
#define KP_LOG_H

void kp_log_init(const char *program);
void kp_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
