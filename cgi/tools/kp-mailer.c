/* kp-mailer: sends the mail queue over SMTP with libcurl (STARTTLS and
 * authentication from the config), retries with growing pauses, gives up
 * after Mail.MaxAttempts, and does the housekeeping that keeps personal
 * data no longer than needed (expired sessions, old sign-in attempts,
 * spent links, spent one-time form tokens, unconfirmed registrations
 * after 30 days, documents 30 days in the bin, stored files no row names
 * any more), and reminds the editors of offers nobody has
 * confirmed as current for 12 months. It also turns
 * requests the web forms only record (mail_requests: "send me a reset
 * link") into mails, so that those forms answer alike for every address.
 *
 * It turns notifications into mails (notify_mail.c): at once, or in a
 * daily or weekly digest, as each member chose; with an HTML part and a
 * one-click unsubscribe (List-Unsubscribe-Post, RFC 8058).
 *
 * Several mailers may run at once (more machines): a mail is claimed with
 * a conditional UPDATE before it is sent, so only one of them sends it. */
#include <curl/curl.h>
#include <dirent.h>
#include <sys/stat.h>
#include <openssl/evp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "config.h"
#include "crypto.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "notify_mail.h"
#include "token.h"
#include "view.h"

/* An offer is due for a reminder when it has not been confirmed for 12
 * months and its editors have not been reminded since it became due
 * (confirming sets reminded_at back to NULL). */
#define OFFER_REMINDER_DUE                                                                         \
	" AND f.checked_on < CURDATE() - INTERVAL 12 MONTH"                                        \
	" AND (f.reminded_at IS NULL OR f.reminded_at < f.checked_on + INTERVAL 12 MONTH)"

enum {
	R_PENDING,
	R_TAKE,
	R_USER,
	R_RECENT,
	M_DUE,
	M_CLAIM,
	M_SENT,
	M_RETRY,
	M_GIVE_UP,
	H_SESSIONS,
	H_ATTEMPTS,
	H_TOKENS,
	H_MAILS,
	H_ONCE,
	H_UNVERIFIED,
	H_DOCS_BIN,
	H_FILE_USED,
	O_DUE,
	O_CLAIM,
	O_EDITORS,
	M_COUNT
};
static struct kp_sql mailer_sql[M_COUNT] = {
    [R_PENDING] = {"SELECT id, kind, email FROM mail_requests ORDER BY id LIMIT 50"},
    /* Deleting is taking: of several mailers, one gets each request. */
    [R_TAKE] = {"DELETE FROM mail_requests WHERE id = ?"},
    [R_USER] = {"SELECT id, name, lang, email FROM users"
                " WHERE email = ? AND status = 'active'"},
    /* A reset link sent in the last five minutes: no second mail, so the
     * form cannot be used to flood someone's inbox. */
    [R_RECENT] = {"SELECT COUNT(*) FROM tokens WHERE user_id = ? AND kind = 'reset'"
                  " AND used_at IS NULL AND created_at > NOW() - INTERVAL 5 MINUTE"},
    [M_DUE] = {"SELECT id, to_addr, subject, body, attempts, html, unsubscribe,"
               " TIMESTAMPDIFF(SECOND, created_at, NOW()) FROM mail_queue"
               " WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= NOW()"
               " ORDER BY id LIMIT 50"},
    /* Claimed for ten minutes: a mailer that dies mid-send leaves the mail
     * to the next run after that. */
    [M_CLAIM] = {"UPDATE mail_queue SET next_attempt_at = NOW() + INTERVAL 10 MINUTE"
                 " WHERE id = ? AND sent_at IS NULL AND next_attempt_at <= NOW()"},
    [M_SENT] = {"UPDATE mail_queue SET sent_at = NOW(), attempts = attempts + 1,"
                " last_error = NULL WHERE id = ?"},
    /* 2, 4, 8, ... minutes between attempts, at most an hour (MariaDB
     * assigns left to right: attempts is already the new count). */
    [M_RETRY] = {"UPDATE mail_queue SET attempts = attempts + 1, last_error = ?,"
                 " next_attempt_at = NOW() + INTERVAL LEAST(POW(2, attempts), 60) MINUTE"
                 " WHERE id = ?"},
    [M_GIVE_UP] = {"UPDATE mail_queue SET attempts = attempts + 1, last_error = ?,"
                   " failed_at = NOW() WHERE id = ?"},
    [H_SESSIONS] = {"DELETE FROM sessions WHERE last_seen_at < NOW() - INTERVAL ? SECOND"
                    " OR created_at < NOW() - INTERVAL ? SECOND"},
    /* Throttling looks back Auth.ThrottleWindow; a day is plenty. */
    [H_ATTEMPTS] = {"DELETE FROM login_attempts WHERE at < NOW() - INTERVAL 1 DAY"},
    [H_TOKENS] = {"DELETE FROM tokens WHERE expires_at < NOW() - INTERVAL 30 DAY"},
    [H_MAILS] = {"DELETE FROM mail_queue WHERE sent_at < NOW() - INTERVAL 30 DAY"
                 " OR failed_at < NOW() - INTERVAL 30 DAY"},
    /* One-time form tokens (once.h) guard against a second submission
     * within moments; a day covers a reload of a tab left open. */
    [H_ONCE] = {"DELETE FROM form_once WHERE created_at < NOW() - INTERVAL 1 DAY"},
    [H_UNVERIFIED] = {"DELETE FROM users WHERE status = 'unverified'"
                      " AND created_at < NOW() - INTERVAL 30 DAY"},
    /* Documents in the bin for 30 days are gone for good (their versions
     * and notifications with them); their files go with the sweep below
     * unless another row names them. */
    [H_DOCS_BIN] = {"DELETE FROM documents WHERE deleted_at < NOW() - INTERVAL 30 DAY"},
    /* Every column that names a stored file. A new one (documents, logos)
     * must be added here, or the sweeper removes its files. */
    [H_FILE_USED] = {"SELECT EXISTS (SELECT 1 FROM profiles"
                     " WHERE photo_sha256 = ? OR thumb_sha256 = ?)"
                     " OR EXISTS (SELECT 1 FROM orgs WHERE logo_sha256 = ?)"
                     " OR EXISTS (SELECT 1 FROM `groups` WHERE picture_sha256 = ?)"
                     " OR EXISTS (SELECT 1 FROM document_versions WHERE sha256 = ?)"
                     " OR EXISTS (SELECT 1 FROM site_settings"
                     " WHERE name = 'logo.sha256' AND value = ?)"},
    /* Offers not confirmed for 12 months (the rule of offer_sql.c) whose
     * editors have not been reminded since: once per time it is due. */
    [O_DUE] = {"SELECT f.id, f.org_id, f.title FROM offers f JOIN orgs o ON o.id = f.org_id"
               " WHERE f.deleted_at IS NULL AND o.deleted_at IS NULL" OFFER_REMINDER_DUE
               " ORDER BY f.id LIMIT 100"},
    /* Claiming is marking it reminded, in the transaction that queues its
     * mails: of several mailers, one gets it (the row lock makes a second
     * wait and then find nothing due). updated_at stays: nobody changed
     * the offer. */
    [O_CLAIM] =
        {"UPDATE offers f JOIN orgs o ON o.id = f.org_id"
         " SET f.reminded_at = NOW(), f.updated_at = f.updated_at"
         " WHERE f.id = ? AND f.deleted_at IS NULL AND o.deleted_at IS NULL" OFFER_REMINDER_DUE},
    [O_EDITORS] = {"SELECT u.name, u.lang, u.email FROM org_members m"
                   " JOIN users u ON u.id = m.user_id"
                   " WHERE m.org_id = ? AND m.editor = 1 AND u.status = 'active' ORDER BY u.id"},
};

static volatile sig_atomic_t stopping;
static void on_term(int sig)
{
	(void)sig;
	stopping = 1;
}

struct payload {
	const char *data;
	size_t len, pos;
};

static size_t feed(char *buf, size_t size, size_t n, void *ctx)
{
	struct payload *p = ctx;
	size_t room = size * n, left = p->len - p->pos;
	size_t k = left < room ? left : room;
	memcpy(buf, p->data + p->pos, k);
	p->pos += k;
	return k;
}

/* The bare address inside "Name <addr>" (or the whole value). */
static const char *address_of(struct kp_arena *a, const char *from)
{
	const char *lt = strchr(from, '<'), *gt = lt ? strchr(lt, '>') : NULL;
	if (lt && gt)
		return kp_arena_strndup(a, lt + 1, (size_t)(gt - lt - 1));
	return from;
}

/* A header value as RFC 2047 encoded words when it is not plain ASCII:
 * pieces of at most 45 bytes (cut between characters), so no encoded word
 * is longer than 75 characters, on folded lines. */
static const char *header_text(struct kp_arena *a, const char *text)
{
	int ascii = 1;
	for (const char *p = text; *p; p++)
		ascii &= (unsigned char)*p < 0x80;
	if (ascii)
		return text;
	size_t n = strlen(text);
	char *out = kp_arena_alloc(a, 2 * n + 32 * (n / 45 + 1));
	if (!out)
		return text;
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		size_t k = n - i > 45 ? 45 : n - i;
		while (k > 0 && i + k < n && ((unsigned char)text[i + k] & 0xC0) == 0x80)
			k--;
		if (o)
			o += (size_t)sprintf(out + o, "\r\n ");
		o += (size_t)sprintf(out + o, "=?UTF-8?B?");
		o += (size_t)EVP_EncodeBlock((unsigned char *)out + o,
		                             (const unsigned char *)text + i, (int)k);
		o += (size_t)sprintf(out + o, "?=");
		i += k;
	}
	out[o] = '\0';
	return out;
}

/* Mail.From with its display name encoded when needed. */
static const char *from_header(struct kp_arena *a)
{
	const char *from = kp_cfg.mail_from, *lt = strchr(from, '<');
	if (!lt)
		return from;
	size_t name_len = (size_t)(lt - from);
	while (name_len > 0 && from[name_len - 1] == ' ')
		name_len--;
	const char *name = kp_arena_strndup(a, from, name_len);
	return kp_arena_printf(a, "%s %s", header_text(a, name), lt);
}

/* text with CRLF line ends (arena). */
static const char *crlf_lines(struct kp_arena *a, const char *body)
{
	size_t blen = strlen(body), extra = 0;
	for (size_t i = 0; i < blen; i++)
		extra += body[i] == '\n';
	char *crlf = kp_arena_alloc(a, blen + extra + 1);
	if (!crlf)
		return "";
	size_t o = 0;
	for (size_t i = 0; i < blen; i++) {
		if (body[i] == '\n' && (i == 0 || body[i - 1] != '\r'))
			crlf[o++] = '\r';
		crlf[o++] = body[i];
	}
	crlf[o] = '\0';
	return crlf;
}

/* Header and body with CRLF line ends (libcurl does the dot-stuffing).
 * With html: multipart/alternative, the plain text first. With
 * unsubscribe: List-Unsubscribe and List-Unsubscribe-Post (RFC 8058;
 * the URL was checked when it was queued, mail.c). */
static const char *message(struct kp_arena *a, const char *to, const char *subject,
                           const char *body, const char *html, const char *unsubscribe)
{
	char date[64];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	unsigned char rnd[12];
	char id[17];
	kp_random(rnd, sizeof(rnd));
	kp_base64url(rnd, sizeof(rnd), id);
	const char *from_addr = address_of(a, kp_cfg.mail_from);
	const char *domain = strchr(from_addr, '@');
	const char *list = unsubscribe ? kp_arena_printf(a,
	                                                 "List-Unsubscribe: <%s>\r\n"
	                                                 "List-Unsubscribe-Post: "
	                                                 "List-Unsubscribe=One-Click\r\n",
	                                                 unsubscribe)
	                               : "";
	const char *head = kp_arena_printf(a,
	                                   "Date: %s\r\nFrom: %s\r\nTo: <%s>\r\nSubject: %s\r\n"
	                                   "Message-ID: <%s%s>\r\nMIME-Version: 1.0\r\n%s"
	                                   "Auto-Submitted: auto-generated\r\n",
	                                   date, from_header(a), to, header_text(a, subject), id,
	                                   domain ? domain : "@knotenpunkt", list);
	if (!html)
		return kp_arena_printf(a,
		                       "%sContent-Type: text/plain; charset=UTF-8\r\n"
		                       "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		                       head, crlf_lines(a, body));
	/* The boundary is random, so no line of either part is equal to it. */
	kp_random(rnd, sizeof(rnd));
	char boundary[17];
	kp_base64url(rnd, sizeof(rnd), boundary);
	return kp_arena_printf(a,
	                       "%sContent-Type: multipart/alternative; boundary=\"=_%s\"\r\n\r\n"
	                       "--=_%s\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	                       "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	                       "--=_%s\r\nContent-Type: text/html; charset=UTF-8\r\n"
	                       "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
	                       "--=_%s--\r\n",
	                       head, boundary, boundary, crlf_lines(a, body), boundary,
	                       crlf_lines(a, html), boundary);
}

/* 0 when the server accepted the mail; else -1 with err filled. */
static int smtp_send(struct kp_arena *a, const char *to, const char *subject, const char *body,
                     const char *html, const char *unsubscribe, char *err, size_t errlen)
{
	CURL *c = curl_easy_init();
	if (!c) {
		snprintf(err, errlen, "curl_easy_init failed");
		return -1;
	}
	struct payload p = {message(a, to, subject, body, html, unsubscribe), 0, 0};
	p.len = strlen(p.data);
	struct curl_slist *rcpt = curl_slist_append(NULL, kp_arena_printf(a, "<%s>", to));
	char curl_err[CURL_ERROR_SIZE] = "";
	curl_easy_setopt(c, CURLOPT_URL, kp_cfg.mail_url);
	curl_easy_setopt(c, CURLOPT_MAIL_FROM,
	                 kp_arena_printf(a, "<%s>", address_of(a, kp_cfg.mail_from)));
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, feed);
	curl_easy_setopt(c, CURLOPT_READDATA, &p);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_USE_SSL,
	                 kp_cfg.mail_require_tls ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_TRY);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, curl_err);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	/* A relay with a certificate of a private CA (county networks). */
	if (*kp_cfg.mail_ca_file)
		curl_easy_setopt(c, CURLOPT_CAINFO, kp_cfg.mail_ca_file);
	if (*kp_cfg.mail_user) {
		curl_easy_setopt(c, CURLOPT_USERNAME, kp_cfg.mail_user);
		curl_easy_setopt(c, CURLOPT_PASSWORD, kp_cfg.mail_password);
	}
	CURLcode rc = curl_easy_perform(c);
	if (rc != CURLE_OK)
		snprintf(err, errlen, "%s", *curl_err ? curl_err : curl_easy_strerror(rc));
	curl_slist_free_all(rcpt);
	curl_easy_cleanup(c);
	return rc == CURLE_OK ? 0 : -1;
}

/* A reset request becomes a link for an active account, and nothing for
 * any other address (the form said the same to everyone). */
static int reset_link(struct kp_arena *a, const char *email)
{
	struct kp_rows u, recent;
	int rc = kp_db_select(a, &mailer_sql[R_USER], KP_ARGS(KP_STR(email)), &u);
	if (rc != KP_DB_OK || u.count == 0)
		return rc;
	long long id = kp_cell_int(&u, 0, 0);
	rc = kp_db_select(a, &mailer_sql[R_RECENT], KP_ARGS(KP_INT(id)), &recent);
	if (rc != KP_DB_OK || kp_cell_int(&recent, 0, 0) > 0)
		return rc;
	char token[KP_TOKEN_LEN + 1];
	rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_token_issue("reset", id, kp_cell(&u, 0, 3), 0, kp_cfg.reset_ttl, token);
	const char *link = kp_arena_printf(a, "%s/password/reset/%s", kp_cfg.base_url, token);
	if (rc == KP_DB_OK)
		rc = kp_mail_template(a, kp_cell(&u, 0, 2), "Reset", kp_cell(&u, 0, 3),
		                      kp_cell(&u, 0, 1), link);
	return kp_db_end(rc);
}

static int handle_requests(struct kp_arena *a)
{
	struct kp_rows req;
	int rc = kp_db_select(a, &mailer_sql[R_PENDING], KP_NOARGS, &req);
	for (size_t i = 0; rc == KP_DB_OK && i < req.count && !stopping; i++) {
		unsigned long long taken = 0;
		rc = kp_db_exec(&mailer_sql[R_TAKE], KP_ARGS(KP_INT(kp_cell_int(&req, i, 0))),
		                &taken, NULL);
		if (rc == KP_DB_OK && taken == 1 && strcmp(kp_cell(&req, i, 1), "reset") == 0)
			rc = reset_link(a, kp_cell(&req, i, 2));
	}
	return rc;
}

static int send_due(struct kp_arena *a)
{
	struct kp_rows due;
	int rc = kp_db_select(a, &mailer_sql[M_DUE], KP_NOARGS, &due);
	if (rc != KP_DB_OK)
		return rc;
	for (size_t i = 0; i < due.count && !stopping; i++) {
		long long id = kp_cell_int(&due, i, 0);
		unsigned long long claimed = 0;
		rc = kp_db_exec(&mailer_sql[M_CLAIM], KP_ARGS(KP_INT(id)), &claimed, NULL);
		if (rc != KP_DB_OK)
			return rc;
		if (claimed != 1)
			continue; /* another mailer has it */
		char err[256];
		if (smtp_send(a, kp_cell(&due, i, 1), kp_cell(&due, i, 2), kp_cell(&due, i, 3),
		              kp_cell(&due, i, 5), kp_cell(&due, i, 6), err, sizeof(err)) == 0) {
			kp_log("sent mail %lld", id);
			rc = kp_db_exec(&mailer_sql[M_SENT], KP_ARGS(KP_INT(id)), NULL, NULL);
		} else {
			/* A mail that could not go out for Mail.GiveUpAfter (a day)
			 * is news no longer: given up, with the last error kept. */
			long long attempts = kp_cell_int(&due, i, 4) + 1;
			int give_up = attempts >= kp_cfg.mail_max_attempts ||
			              kp_cell_int(&due, i, 7) >= kp_cfg.mail_give_up_after;
			kp_log("mail %lld attempt %lld failed%s: %s", id, attempts,
			       give_up ? ", giving up" : "", err);
			rc = kp_db_exec(&mailer_sql[give_up ? M_GIVE_UP : M_RETRY],
			                KP_ARGS(KP_STR(err), KP_INT(id)), NULL, NULL);
		}
		if (rc != KP_DB_OK)
			return rc;
	}
	return KP_DB_OK;
}

/* Files of the store that no row names any more (a replaced or removed
 * photo, a deleted account's) are personal data without a purpose: gone
 * after a day. The day spares a file just stored whose row is still being
 * written (files.c touches a file it finds already stored). Leftover
 * temporary files of a crashed upload go too. */
static int sweep_files(struct kp_arena *a)
{
	time_t cutoff = time(NULL) - 86400;
	int rc = KP_DB_OK;
	DIR *top = opendir(kp_cfg.file_dir);
	if (!top)
		return KP_DB_OK; /* no uploads yet */
	struct dirent *d1;
	while (rc == KP_DB_OK && (d1 = readdir(top))) {
		const char *n1 = d1->d_name;
		char path[1024];
		struct stat st;
		snprintf(path, sizeof(path), "%s/%s", kp_cfg.file_dir, n1);
		if (strncmp(n1, ".tmp-", 5) == 0) {
			if (stat(path, &st) == 0 && st.st_mtime < cutoff && unlink(path) == 0)
				kp_log("removed an abandoned upload %s", n1);
			continue;
		}
		if (strlen(n1) != 2 || n1[0] == '.')
			continue;
		DIR *mid = opendir(path);
		struct dirent *d2;
		while (rc == KP_DB_OK && mid && (d2 = readdir(mid))) {
			if (strlen(d2->d_name) != 2 || d2->d_name[0] == '.')
				continue;
			char sub[1100];
			snprintf(sub, sizeof(sub), "%s/%s", path, d2->d_name);
			DIR *leaf = opendir(sub);
			struct dirent *f;
			while (rc == KP_DB_OK && leaf && (f = readdir(leaf))) {
				if (strlen(f->d_name) != 64)
					continue;
				char file[1200];
				snprintf(file, sizeof(file), "%s/%s", sub, f->d_name);
				if (stat(file, &st) != 0 || !S_ISREG(st.st_mode) ||
				    st.st_mtime >= cutoff)
					continue;
				struct kp_rows used;
				rc = kp_db_select(a, &mailer_sql[H_FILE_USED],
				                  KP_ARGS(KP_STR(f->d_name), KP_STR(f->d_name),
				                          KP_STR(f->d_name), KP_STR(f->d_name),
				                          KP_STR(f->d_name), KP_STR(f->d_name)),
				                  &used);
				if (rc == KP_DB_OK && kp_cell_int(&used, 0, 0) == 0 &&
				    unlink(file) == 0)
					kp_log("removed unreferenced stored file %.12s...",
					       f->d_name);
			}
			if (leaf)
				closedir(leaf);
		}
		if (mid)
			closedir(mid);
	}
	closedir(top);
	return rc;
}

/* text with every "{title}" replaced by title (arena). */
static const char *with_title(struct kp_arena *a, const char *text, const char *title)
{
	static const char mark[] = "{title}";
	size_t n = 0, tl = strlen(title), ml = sizeof(mark) - 1;
	for (const char *p = strstr(text, mark); p; p = strstr(p + ml, mark))
		n++;
	char *out = kp_arena_alloc(a, strlen(text) + n * tl + 1);
	if (!out)
		return text;
	size_t o = 0;
	for (const char *p = text; *p;) {
		if (strncmp(p, mark, ml) == 0) {
			memcpy(out + o, title, tl);
			o += tl;
			p += ml;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
	return out;
}

/* One reminder: marks the offer reminded and queues a mail to each active
 * editor of its organisation, in their language, all in one transaction,
 * so that a crash neither sends twice nor loses the reminder. */
static int remind_offer(struct kp_arena *a, long long id, long long org_id, const char *title)
{
	unsigned long long claimed = 0;
	struct kp_rows editors = {0};
	int rc = kp_db_begin();
	if (rc == KP_DB_OK)
		rc = kp_db_exec(&mailer_sql[O_CLAIM], KP_ARGS(KP_INT(id)), &claimed, NULL);
	if (rc == KP_DB_OK && claimed != 1)
		return kp_db_end(rc); /* another mailer has it, or it was confirmed */
	if (rc == KP_DB_OK)
		rc = kp_db_select(a, &mailer_sql[O_EDITORS], KP_ARGS(KP_INT(org_id)), &editors);
	const char *link =
	    kp_arena_printf(a, "%s/orgs/%lld/offers/%lld", kp_cfg.base_url, org_id, id);
	for (size_t i = 0; rc == KP_DB_OK && i < editors.count; i++) {
		const char *name = kp_cell(&editors, i, 0), *lang = kp_cell(&editors, i, 1);
		const char *subject =
		    kp_text_fill(a, lang, "Mail.OfferOutdated.Subject", name, link);
		const char *body = kp_text_fill(a, lang, "Mail.OfferOutdated.Body", name, link);
		rc = kp_mail_enqueue(kp_cell(&editors, i, 2), subject, with_title(a, body, title));
	}
	rc = kp_db_end(rc);
	if (rc == KP_DB_OK)
		kp_log("offer %lld not confirmed for 12 months: reminded %zu editors", id,
		       editors.count);
	return rc;
}

static int remind_outdated_offers(struct kp_arena *a)
{
	struct kp_rows due;
	int rc = kp_db_select(a, &mailer_sql[O_DUE], KP_NOARGS, &due);
	for (size_t i = 0; rc == KP_DB_OK && i < due.count && !stopping; i++)
		rc = remind_offer(a, kp_cell_int(&due, i, 0), kp_cell_int(&due, i, 1),
		                  kp_cell(&due, i, 2));
	return rc;
}

static int housekeeping(struct kp_arena *a)
{
	int rc = kp_db_exec(&mailer_sql[H_SESSIONS],
	                    KP_ARGS(KP_INT(kp_cfg.session_idle), KP_INT(kp_cfg.session_max_age)),
	                    NULL, NULL);
	for (int q = H_ATTEMPTS; rc == KP_DB_OK && q <= H_DOCS_BIN; q++)
		rc = kp_db_exec(&mailer_sql[q], KP_NOARGS, NULL, NULL);
	if (rc == KP_DB_OK)
		rc = remind_outdated_offers(a);
	if (rc == KP_DB_OK)
		rc = sweep_files(a);
	return rc;
}

int main(int argc, char **argv)
{
	const char *config = kp_config_default_path();
	long watch = 0;
	/* The clock of the digests (tests build them for a fixed time). */
	long long fixed_now = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
			config = argv[++i];
		} else if (strcmp(argv[i], "--watch") == 0 && i + 1 < argc) {
			watch = strtol(argv[++i], NULL, 10);
		} else if (strcmp(argv[i], "--now") == 0 && i + 1 < argc) {
			fixed_now = strtoll(argv[++i], NULL, 10);
		} else if (strcmp(argv[i], "--once") == 0) {
			watch = 0;
		} else {
			printf(
			    "usage: kp-mailer [--config FILE] [--once | --watch SECONDS] [--now "
			    "EPOCH]\n"
			    "Sends the mail queue over SMTP and tidies expired data.\n"
			    "--once (default) sends what is due and exits (systemd timer);\n"
			    "--watch N repeats every N seconds until SIGTERM (dev stack);\n"
			    "--now T builds the digests as if it were T (seconds since 1970).\n");
			return strcmp(argv[i], "--help") == 0 ? 0 : 2;
		}
	}
	kp_log_init("kp-mailer");
	char err[512];
	if (kp_config_load(config, err, sizeof(err)) != 0) {
		fprintf(stderr, "kp-mailer: %s\n", err);
		return 1;
	}
	kp_config_apply_timezone();
	if (kp_view_init() != 0) {
		fprintf(stderr, "kp-mailer: cannot load the language files under %s\n",
		        kp_cfg.share_dir);
		return 1;
	}
	signal(SIGTERM, on_term);
	signal(SIGINT, on_term);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	struct kp_arena arena = {0};
	time_t last_housekeeping = 0;
	int rc;
	do {
		/* Each round starts afresh: after an outage the next round
		 * reconnects by itself (db.c). */
		rc = KP_DB_OK;
		if (time(NULL) - last_housekeeping >= 600) {
			rc = housekeeping(&arena);
			if (rc == KP_DB_OK)
				last_housekeeping = time(NULL);
		}
		if (rc == KP_DB_OK)
			rc = handle_requests(&arena);
		for (int more = 1; rc == KP_DB_OK && more && !stopping;)
			rc = notify_mail_new(&arena, &more);
		if (rc == KP_DB_OK)
			rc =
			    notify_mail_digests(&arena, fixed_now ? (time_t)fixed_now : time(NULL));
		if (rc == KP_DB_OK)
			rc = send_due(&arena);
		if (rc != KP_DB_OK)
			kp_log("database: %s", kp_db_error());
		kp_arena_reset(&arena);
		for (long s = 0; s < watch && !stopping; s++)
			sleep(1);
	} while (watch > 0 && !stopping);
	kp_db_close();
	curl_global_cleanup();
	return rc == KP_DB_OK ? 0 : 1;
}
