/* Placeholder until part "members" lands: every route answers 404. Deleted by that part. */
#include "members.h"
void members_list(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_join(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_request(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_cancel(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_accept(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_decline(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_leave(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_invite(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_approve(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_refuse(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_withdraw(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_remove(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void members_role(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
