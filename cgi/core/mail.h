/* mail: handlers only enqueue; kp-mailer (cgi/tools) sends over SMTP,
 * retries with growing pauses and gives up after Mail.MaxAttempts. */
#ifndef KP_MAIL_H
#define KP_MAIL_H

/* Queues a plain-text UTF-8 mail. to and subject must not hold CR or LF
 * (refused: -1). Returns a db status (db.h). */
int kp_mail_enqueue(const char *to, const char *subject, const char *body);

/* Queues a mail with a plain-text and an HTML part (html: a whole
 * document, every value in it escaped by the caller) and, when
 * unsubscribe is not NULL, that absolute https/http URL as its one-click
 * List-Unsubscribe (RFC 8058). The same checks as kp_mail_enqueue. */
int kp_mail_enqueue_html(const char *to, const char *subject, const char *text, const char *html,
                         const char *unsubscribe);

/* Queues the mail Lang.Mail.KEY.Subject / .Body in lang, with {name},
 * {link} and {site} filled in. */
struct kp_arena;
int kp_mail_template(struct kp_arena *a, const char *lang, const char *key, const char *to,
                     const char *name, const char *link);

#endif
