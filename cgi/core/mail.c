#include "mail.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "log.h"
#include "view.h"

static struct kp_sql mail_sql[] = {
    {"INSERT INTO mail_queue (to_addr, subject, body, created_at, next_attempt_at)"
     " VALUES (?, ?, ?, NOW(), NOW())"},
    {"INSERT INTO mail_queue (to_addr, subject, body, html, unsubscribe, created_at,"
     " next_attempt_at) VALUES (?, ?, ?, ?, ?, NOW(), NOW())"},
};

int kp_mail_enqueue(const char *to, const char *subject, const char *body)
{
	/* Header injection is stopped here, where the values enter the queue. */
	if (strpbrk(to, "\r\n") || strpbrk(subject, "\r\n")) {
		kp_log("mail: refused a header value with CR/LF");
		return KP_DB_ERROR;
	}
	return kp_db_exec(&mail_sql[0], KP_ARGS(KP_STR(to), KP_STR(subject), KP_STR(body)), NULL,
	                  NULL);
}

int kp_mail_enqueue_html(const char *to, const char *subject, const char *text, const char *html,
                         const char *unsubscribe)
{
	if (strpbrk(to, "\r\n") || strpbrk(subject, "\r\n") ||
	    (unsubscribe && strpbrk(unsubscribe, "\r\n <>"))) {
		kp_log("mail: refused a header value with CR/LF");
		return KP_DB_ERROR;
	}
	return kp_db_exec(
	    &mail_sql[1],
	    KP_ARGS(KP_STR(to), KP_STR(subject), KP_STR(text), KP_STR(html), KP_STR(unsubscribe)),
	    NULL, NULL);
}

int kp_mail_template(struct kp_arena *a, const char *lang, const char *key, const char *to,
                     const char *name, const char *link)
{
	char subject_key[96], body_key[96];
	snprintf(subject_key, sizeof(subject_key), "Mail.%s.Subject", key);
	snprintf(body_key, sizeof(body_key), "Mail.%s.Body", key);
	const char *subject = kp_text_fill(a, lang, subject_key, name, link);
	const char *body = kp_text_fill(a, lang, body_key, name, link);
	return kp_mail_enqueue(to, subject, body);
}
