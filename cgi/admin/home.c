/* /admin: what waits for the coordinators, and the way to each page. */
#include "admin.h"
#include "view.h"

void admin_home(struct kp_req *r, const char *const *args)
{
	if (!admin_begin(r, NEED_ADMIN))
		return;
	struct kp_rows c;
	int rc = kp_db_select(&r->arena, &admin_sql[A_COUNTS], KP_NOARGS, &c);
	if (rc != KP_DB_OK) {
		kp_db_fail(r, rc);
		return;
	}
	kp_set_int(r, "Page.Counts.Pending", kp_cell_int(&c, 0, 0));
	kp_set_int(r, "Page.Counts.Active", kp_cell_int(&c, 0, 1));
	kp_set_int(r, "Page.Counts.Reports", kp_cell_int(&c, 0, 2));
	kp_set(r, "Page.Title", kp_t(r, "Admin.Title"));
	kp_render(r, 200, "admin/home.cs");
}
