#include "auth.h"

#include <crypt.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "log.h"

/* Common passwords of 10 or more characters (shorter ones fail the length
 * rule anyway): the top of public leak lists, German and English. */
static const char *const common_passwords[] = {
    "1234567890",   "0123456789",   "0987654321",    "1111111111",     "0000000000",
    "123456789a",   "a123456789",   "1234567890a",   "12345678910",    "1q2w3e4r5t",
    "1qaz2wsx3edc", "qwertyuiop",   "qwertzuiop",    "asdfghjkl1",     "password12",
    "password123",  "password1234", "passwort12",    "passwort123",    "passwort1234",
    "iloveyou12",   "iloveyou123",  "ichliebedich",  "ichliebedich1",  "hallo12345",
    "hallo123456",  "abcdefghij",   "abc1234567",    "qwerty1234",     "qwertz1234",
    "qwerty123456", "qwertz123456", "123qweasdzxc",  "zxcvbnm123",     "football123",
    "baseball123",  "welcome123",   "willkommen",    "willkommen1",    "willkommen123",
    "geheim1234",   "sommer2024",   "sommer2025",    "sommer2026",     "winter2024",
    "winter2025",   "winter2026",   "fruehling2026", "herbst2026",     "deutschland",
    "deutschland1", "schalke04",    "borussia09",    "bayernmuenchen", "schatzi123",
    "knotenpunkt",  "knotenpunkt1", "integration",   "integration1",   "netzwerk123",
    "changeme123",  "letmein123",   "trustno1234",   "administrator",  "admin12345",
    "superman123",  "dragon1234",   "monkey12345",   "princess123",    "starwars123",
};

/* libxcrypt's work area: 32 KiB, so not on the stack; one per process
 * (workers are single-threaded). */
static struct crypt_data crypt_work;

int kp_password_hash(const char *password, char out[KP_HASH_MAX])
{
	char salt[CRYPT_GENSALT_OUTPUT_SIZE];
	if (!crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof(salt)))
		return -1;
	memset(&crypt_work, 0, sizeof(crypt_work));
	const char *h = crypt_rn(password, salt, &crypt_work, sizeof(crypt_work));
	if (!h || h[0] == '*' || strlen(h) >= KP_HASH_MAX)
		return -1;
	strcpy(out, h);
	return 0;
}

/* Checked instead of a real hash when there is no account, so that both
 * cases cost one yescrypt run. */
static char dummy_hash[KP_HASH_MAX];

int kp_auth_init(void)
{
	return dummy_hash[0] ? 0 : kp_password_hash("no account has this password", dummy_hash);
}

int kp_password_verify(const char *password, const char *hash)
{
	int real = hash && *hash;
	if (!real) {
		if (kp_auth_init() != 0)
			return 0;
		hash = dummy_hash;
	}
	memset(&crypt_work, 0, sizeof(crypt_work));
	const char *h = crypt_rn(password, hash, &crypt_work, sizeof(crypt_work));
	if (!h || h[0] == '*')
		return 0;
	size_t n = strlen(hash);
	return real && strlen(h) == n && kp_ct_equal(h, hash, n);
}

static size_t code_points(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

const char *kp_password_policy(const char *password, const char *email)
{
	if (code_points(password) < 10)
		return "Err.PasswordShort";
	if (strlen(password) > 1024)
		return "Err.PasswordLong";
	for (size_t i = 0; i < sizeof(common_passwords) / sizeof(common_passwords[0]); i++)
		if (strcasecmp(password, common_passwords[i]) == 0)
			return "Err.PasswordCommon";
	/* One character repeated is as weak as any listed password. */
	size_t same = 1;
	while (password[same] == password[0])
		same++;
	if (password[same] == '\0')
		return "Err.PasswordCommon";
	if (email && strcasecmp(password, email) == 0)
		return "Err.PasswordCommon";
	return NULL;
}

int kp_email_normalise(char *email)
{
	size_t start = 0, len = strlen(email);
	while (start < len && isspace((unsigned char)email[start]))
		start++;
	while (len > start && isspace((unsigned char)email[len - 1]))
		len--;
	memmove(email, email + start, len - start);
	len -= start;
	email[len] = '\0';
	if (len < 3 || len > 254)
		return -1;
	const char *at = strchr(email, '@');
	if (!at || at == email || strchr(at + 1, '@') || !strchr(at + 1, '.') || at[1] == '.' ||
	    email[len - 1] == '.')
		return -1;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)email[i];
		/* Plain ASCII addresses only: no quoting, comments or spaces,
		 * nothing that means something in a mail header, and no
		 * look-alike letters from other scripts. */
		if (c <= ' ' || c >= 0x7f || strchr("\"(),:;<>[\\]", c))
			return -1;
		email[i] = (char)tolower(c);
	}
	return 0;
}

enum { THROTTLE_COUNT, THROTTLE_RECORD };
static struct kp_sql auth_sql[] = {
    /* Failures in the window, per account (since its last success) and per
     * address, and seconds since the newest of them. */
    [THROTTLE_COUNT] =
        {"SELECT"
         " (SELECT COUNT(*) FROM login_attempts a WHERE a.email = ? AND a.result = 'fail'"
         "   AND a.at > NOW(6) - INTERVAL ? SECOND"
         "   AND a.at > COALESCE((SELECT MAX(b.at) FROM login_attempts b"
         "                        WHERE b.email = a.email AND b.result = 'ok'), '1970-01-01')),"
         " (SELECT COUNT(*) FROM login_attempts WHERE ip = ? AND result = 'fail'"
         "   AND at > NOW(6) - INTERVAL ? SECOND),"
         " (SELECT TIMESTAMPDIFF(SECOND, MAX(at), NOW(6)) FROM login_attempts"
         "   WHERE (email = ? OR ip = ?) AND result = 'fail')"},
    [THROTTLE_RECORD] = {"INSERT INTO login_attempts (email, ip, at, result)"
                         " VALUES (?, ?, NOW(6), ?)"},
};

/* The key under which attempts for an address are counted: a keyed hash,
 * so the table holds no addresses (nor passwords typed into that field). */
static const char *attempt_key(struct kp_req *r, const char *email)
{
	unsigned char mac[32];
	kp_hmac_sha256(kp_cfg.secret, strlen(kp_cfg.secret), email, strlen(email), mac);
	char *hex = kp_arena_alloc(&r->arena, 65);
	if (hex)
		kp_hex(mac, sizeof(mac), hex);
	return hex ? hex : "";
}

long kp_throttle_wait(struct kp_req *r, const char *email)
{
	long window = kp_cfg.throttle_window;
	email = attempt_key(r, email);
	struct kp_rows rows;
	int rc = kp_db_select(&r->arena, &auth_sql[THROTTLE_COUNT],
	                      KP_ARGS(KP_STR(email), KP_INT(window), KP_STR(r->remote_addr),
	                              KP_INT(window), KP_STR(email), KP_STR(r->remote_addr)),
	                      &rows);
	if (rc != KP_DB_OK)
		return rc;
	long long per_account = kp_cell_int(&rows, 0, 0);
	long long per_address = kp_cell_int(&rows, 0, 1);
	long long since_last = kp_cell_int(&rows, 0, 2);
	if (per_account < kp_cfg.throttle_account && per_address < kp_cfg.throttle_address)
		return 0;
	long wait = window - (long)since_last;
	return wait > 0 ? wait : 0;
}

int kp_throttle_record(struct kp_req *r, const char *email, const char *result)
{
	kp_log_req(r, "sign-in %s", result);
	email = attempt_key(r, email);
	return kp_db_exec(&auth_sql[THROTTLE_RECORD],
	                  KP_ARGS(KP_STR(email), KP_STR(r->remote_addr), KP_STR(result)), NULL,
	                  NULL);
}
