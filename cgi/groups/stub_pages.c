/* Placeholder until part "pages" lands: every route answers 404. Deleted by that part. */
#include "pages.h"
void groups_list(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void groups_new_form(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void groups_new_submit(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void group_home(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void group_picture(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void group_settings_form(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void group_settings_submit(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void group_archive(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
void group_restore(struct kp_req *r, const char *const *args)
{
	kp_error(r, 404);
}
