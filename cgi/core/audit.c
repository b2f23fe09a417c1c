#include "audit.h"

#include "db.h"

static struct kp_sql audit_sql[] = {
    {"INSERT INTO audit_log (at, actor_id, ip, action, target_id, detail)"
     " VALUES (NOW(), ?, ?, ?, ?, ?)"},
};

int kp_audit(long long actor_id, const char *ip, const char *action, long long target_id,
             const char *detail)
{
	return kp_db_exec(&audit_sql[0],
	                  KP_ARGS(actor_id ? KP_INT(actor_id) : KP_NULLV, KP_STR(ip),
	                          KP_STR(action), target_id ? KP_INT(target_id) : KP_NULLV,
	                          KP_STR(detail)),
	                  NULL, NULL);
}
