/* audit: who did what to whom, for the coordinators' audit log. Written
 * for account-changing events (approval, suspension, role, e-mail and
 * password changes); never holds message bodies or secrets. */
#ifndef KP_AUDIT_H
#define KP_AUDIT_H

/* actor_id / target_id 0: none (e.g. an operator's kpctl). */
int kp_audit(long long actor_id, const char *ip, const char *action, long long target_id,
             const char *detail);

#endif
