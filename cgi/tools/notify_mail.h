/* notify_mail: kp-mailer's notification mails (cgi/core/notify.h). Each
 * notification row is looked at once: by the member's choice for its
 * type it is mailed at once, waits for the member's daily or weekly
 * digest, or stays in the app only; nothing is mailed about a muted
 * group, to an account that cannot sign in, or about what the member can
 * no longer read (KP_NOTIFY_READABLE, asked again when a digest is
 * built). Every mail has a plain-text and an HTML part in the member's
 * language, links to the item through /notifications/N, and a one-click
 * unsubscribe for that kind of mail. Safe with several mailers at once:
 * rows are taken FOR UPDATE SKIP LOCKED and marked in the transaction
 * that queues their mail; a digest is taken by its row in
 * notification_digests (one per member and period). */
#ifndef KP_NOTIFY_MAIL_H
#define KP_NOTIFY_MAIL_H
#include <time.h>

#include "arena.h"

/* The local hour (Site.TimeZone) from which a day's digests go out. */
#define NOTIFY_DIGEST_HOUR 6

/* Looks at up to 100 new notification rows; KP_DB_* status. *more is set
 * when there may be more to look at now. */
int notify_mail_new(struct kp_arena *a, int *more);

/* The digests due at now: a daily digest on each day from
 * NOTIFY_DIGEST_HOUR with what waited from before that day, a weekly one
 * from Monday with what waited from before that Monday. KP_DB_*. */
int notify_mail_digests(struct kp_arena *a, time_t now);

#endif
