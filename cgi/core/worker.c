/* worker: the process model (DESIGN.md 3). A master process opens the
 * socket (--listen unix:PATH, or fd 0 as systemd and spawn-fcgi hand it
 * over), forks --workers single-threaded workers and replaces any that
 * dies. A worker serves one request at a time, so a crash costs one
 * request, and ClearSilver's global state is never shared. After
 * --max-requests a worker exits and is replaced: whatever a library leaks
 * is bounded. SIGTERM: the master stops the workers, each finishing the
 * request it is in, and exits. */
#include <errno.h>
#include <fcgiapp.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "auth.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "view.h"

#define MAX_WORKERS 64

/* A worker sees SIGTERM only while idle (in accept() or between requests):
 * during a request the signal is blocked (worker_run), so it neither cuts
 * a body read or a response write short (EINTR) nor ends the request. */
static void on_term_worker(int sig)
{
	(void)sig;
	_exit(0);
}

static void set_handler(int sig, void (*fn)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL); /* no SA_RESTART: accept() and wait() return */
}

static void worker_run(const struct kp_program *prog, int listen_fd, long max_requests)
{
	set_handler(SIGTERM, on_term_worker);
	set_handler(SIGINT, on_term_worker);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGCHLD, SIG_DFL);
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL); /* the master's mask is inherited */
	/* Buffers of an upload's size (an image, a ZIP's directory) come from
	 * mmap and go back to the system when freed. Left to itself, glibc
	 * raises its mmap threshold after the first large free and then keeps
	 * that much heap in every worker for the rest of its life. */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
	mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
	if (kp_view_init() != 0 || kp_auth_init() != 0)
		_exit(1);
	FCGX_Request fcgx;
	if (FCGX_InitRequest(&fcgx, listen_fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0)
		_exit(1);
	sigset_t term;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigaddset(&term, SIGINT);
	struct kp_req r;
	for (long served = 0; served < max_requests; served++) {
		if (FCGX_Accept_r(&fcgx) < 0)
			break;
		/* A signal in the few instructions before this line still ends
		 * the worker at once; nginx retries a GET elsewhere. */
		sigprocmask(SIG_BLOCK, &term, NULL);
		memset(&r, 0, sizeof(r));
		r.fcgx = &fcgx;
		kp_app_handle(prog, &r);
		FCGX_Finish_r(&fcgx);
		kp_arena_reset(&r.arena);
		/* A SIGTERM that came meanwhile is delivered here. */
		sigprocmask(SIG_UNBLOCK, &term, NULL);
	}
	kp_db_close();
	_exit(0);
}

static int open_listener(const char *listen, int socket_mode)
{
	if (!listen) {
		/* systemd (StandardInput=socket) or spawn-fcgi: fd 0 is the
		 * listening socket. */
		int type;
		socklen_t len = sizeof(type);
		if (getsockopt(0, SOL_SOCKET, SO_TYPE, &type, &len) != 0) {
			fprintf(stderr, "no --listen given and fd 0 is not a socket\n");
			return -1;
		}
		return 0;
	}
	if (strncmp(listen, "unix:", 5) != 0) {
		fprintf(stderr, "--listen takes unix:PATH\n");
		return -1;
	}
	const char *path = listen + 5;
	unlink(path);
	int fd = FCGX_OpenSocket(path, 128);
	if (fd < 0) {
		fprintf(stderr, "cannot listen on %s\n", path);
		return -1;
	}
	chmod(path, (mode_t)socket_mode);
	return fd;
}

static pid_t spawn(const struct kp_program *prog, int fd, long max_requests)
{
	pid_t pid = fork();
	if (pid == 0)
		worker_run(prog, fd, max_requests);
	return pid;
}

static void usage(const char *name)
{
	printf("usage: %s [--config FILE] [--listen unix:PATH] [--workers N]\n"
	       "          [--max-requests N] [--socket-mode OCTAL]\n"
	       "Serves Knotenpunkt's %s pages over FastCGI. Without --listen the\n"
	       "listening socket is expected on fd 0 (systemd socket activation).\n",
	       name, name);
}

int kp_main(int argc, char **argv, const struct kp_program *prog)
{
	const char *config = kp_config_default_path(), *listen = NULL;
	long workers = 4, max_requests = 10000;
	int socket_mode = 0660;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (strcmp(a, "--help") == 0) {
			usage(prog->name);
			return 0;
		} else if (strcmp(a, "--config") == 0 && v) {
			config = v;
		} else if (strcmp(a, "--listen") == 0 && v) {
			listen = v;
		} else if (strcmp(a, "--workers") == 0 && v) {
			workers = strtol(v, NULL, 10);
		} else if (strcmp(a, "--max-requests") == 0 && v) {
			max_requests = strtol(v, NULL, 10);
		} else if (strcmp(a, "--socket-mode") == 0 && v) {
			socket_mode = (int)strtol(v, NULL, 8);
		} else {
			usage(prog->name);
			return 2;
		}
		i++;
	}
	if (workers < 1 || workers > MAX_WORKERS || max_requests < 1) {
		fprintf(stderr, "--workers must be 1..%d, --max-requests positive\n", MAX_WORKERS);
		return 2;
	}
	kp_log_init(prog->name);
	char err[512];
	if (kp_config_load(config, err, sizeof(err)) != 0 || kp_config_check(err, sizeof(err))) {
		fprintf(stderr, "%s: %s\n", prog->name, err);
		return 1;
	}
	kp_config_apply_timezone();
	if (FCGX_Init() != 0)
		return 1;
	int fd = open_listener(listen, socket_mode);
	if (fd < 0)
		return 1;
	/* The master waits for signals with sigtimedwait: blocked, they
	 * queue up, so a SIGTERM between two checks is never missed, and a
	 * slot left empty (failed fork, crash loop) is retried each second. */
	sigset_t master_signals;
	sigemptyset(&master_signals);
	sigaddset(&master_signals, SIGTERM);
	sigaddset(&master_signals, SIGINT);
	sigaddset(&master_signals, SIGCHLD);
	sigprocmask(SIG_BLOCK, &master_signals, NULL);
	int stopping = 0;
	pid_t pids[MAX_WORKERS] = {0};
	time_t started[MAX_WORKERS] = {0};
	kp_log("starting %ld workers", workers);
	while (!stopping) {
		int status;
		pid_t dead;
		while ((dead = waitpid(-1, &status, WNOHANG)) > 0) {
			for (long i = 0; i < workers; i++) {
				if (pids[i] != dead)
					continue;
				if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0))
					kp_log("worker %ld died (status %d), replacing it",
					       (long)dead, status);
				pids[i] = 0;
			}
		}
		for (long i = 0; i < workers; i++) {
			/* A worker that dies right after starting is restarted
			 * once a second, not in a tight loop. */
			if (pids[i] > 0 || time(NULL) - started[i] < 1)
				continue;
			started[i] = time(NULL);
			pids[i] = spawn(prog, fd, max_requests);
			if (pids[i] < 0)
				kp_log("cannot start a worker: %s", strerror(errno));
		}
		struct timespec second = {1, 0};
		siginfo_t info;
		int sig = sigtimedwait(&master_signals, &info, &second);
		if (sig == SIGTERM || sig == SIGINT) {
			/* Who asked: systemd, the stack script, or somebody else's
			 * kill — the one thing a stop that nobody expected needs. */
			kp_log("stopping on %s from pid %ld", sig == SIGTERM ? "SIGTERM" : "SIGINT",
			       (long)info.si_pid);
			stopping = 1;
		}
	}
	for (long i = 0; i < workers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGTERM);
	for (int waited = 0; waited < 100; waited++) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		int alive = 0;
		for (long i = 0; i < workers; i++)
			if (pids[i] > 0 && kill(pids[i], 0) == 0)
				alive = 1;
		if (!alive)
			break;
		usleep(100000);
	}
	for (long i = 0; i < workers; i++)
		if (pids[i] > 0)
			kill(pids[i], SIGKILL);
	while (wait(NULL) > 0)
		;
	if (listen)
		unlink(listen + 5);
	kp_log("stopped");
	return 0;
}
