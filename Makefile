# Knotenpunkt — build, run, test, bench, fuzz, install, lint.
# `make run` and `make test` are the two commands README.md promises; both
# install what is missing first (scripts/deps.sh), so a fresh Debian 12
# machine needs nothing but git and make.

CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wformat=2 -Wshadow \
           -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter -Wno-missing-field-initializers \
           -D_FORTIFY_SOURCE=3 -fstack-protector-strong -fPIE \
           -I/usr/include/ClearSilver -I/usr/include/mariadb -Icgi/core
LDFLAGS += -pie -Wl,-z,relro,-z,now
# ClearSilver ships static libraries only; libneo_cgi is linked for the
# escaping string functions (cgi_register_strfuncs), never its CGI parser.
LIBS     = -lneo_cgi -lneo_cs -lneo_utl -lfcgi -lmariadb -lcrypt -lcrypto \
           -lmagic -lcmark -lgd -lcurl -lz -lical -lminizip -loath -lqrencode

B        = build
CORE_SRC = $(sort $(wildcard cgi/core/*.c))
CORE_OBJ = $(CORE_SRC:%.c=$(B)/%.o)
PROGRAMS = account people forum groups events home docs admin
TOOLS    = kpctl kp-mailer
BINS     = $(PROGRAMS:%=$(B)/%) $(TOOLS:%=$(B)/%)
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/unit/%)
FUZZ_SRC = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN = $(FUZZ_SRC:tests/fuzz/%.c=$(B)/fuzz/%)

PREFIX  ?= /usr
DESTDIR ?=

.PHONY: all deps run test unit fuzz fuzz-short e2e lint format bench install clean
all: $(BINS)

deps:
	@scripts/deps.sh

$(B)/%.o: %.c $(wildcard cgi/core/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(B)/libkp.a: $(CORE_OBJ)
	ar rcs $@ $^

# One program per folder: every .c in cgi/<program>/ plus libkp.
define program_rule
$(B)/$(1): $(patsubst %.c,$(B)/%.o,$(wildcard cgi/$(1)/*.c)) $(B)/libkp.a
	$$(CC) $$(LDFLAGS) -o $$@ $$^ $$(LIBS)
$(patsubst %.c,$(B)/%.o,$(wildcard cgi/$(1)/*.c)): $(wildcard cgi/$(1)/*.h)
endef
$(foreach p,$(PROGRAMS),$(eval $(call program_rule,$(p))))

$(B)/kpctl: $(B)/cgi/tools/kpctl.o $(B)/libkp.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)
$(B)/kp-mailer: $(B)/cgi/tools/kp-mailer.o $(B)/cgi/tools/notify_mail.o $(B)/libkp.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LIBS)
$(B)/cgi/tools/kp-mailer.o $(B)/cgi/tools/notify_mail.o: cgi/tools/notify_mail.h

$(B)/unit/%: tests/unit/%.c $(B)/libkp.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS) -lcmocka
# The home program's search words and highlighting (cgi/home/search_terms.c).
$(B)/unit/test_home_search: $(B)/cgi/home/search_terms.o

# Fuzz targets: clang's libFuzzer with ASan and UBSan over the core sources.
FUZZ_CFLAGS = -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined \
              -fno-sanitize-recover=undefined -I/usr/include/ClearSilver \
              -I/usr/include/mariadb -Icgi/core
$(B)/fuzz/%: tests/fuzz/%.c $(CORE_SRC) $(wildcard cgi/core/*.h)
	@mkdir -p $(dir $@)
	clang $(FUZZ_CFLAGS) -o $@ $< $(CORE_SRC) $(LIBS)

run: deps all
	scripts/run.sh

test: deps all $(UNIT_BIN) $(FUZZ_BIN)
	scripts/test.sh

unit: $(UNIT_BIN)
	@scripts/unit.sh $(UNIT_BIN)

fuzz: $(FUZZ_BIN)
	scripts/fuzz.sh 300 $(FUZZ_BIN)
fuzz-short: $(FUZZ_BIN)
	scripts/fuzz.sh 5 $(FUZZ_BIN)

lint:
	scripts/lint.sh

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

bench: deps all
	scripts/bench.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/lib/knotenpunkt $(DESTDIR)$(PREFIX)/sbin \
	           $(DESTDIR)$(PREFIX)/share/knotenpunkt
	install -m 0755 $(PROGRAMS:%=$(B)/%) $(DESTDIR)$(PREFIX)/lib/knotenpunkt/
	install -m 0755 $(TOOLS:%=$(B)/%) $(DESTDIR)$(PREFIX)/sbin/
	cp -R templates static sql $(DESTDIR)$(PREFIX)/share/knotenpunkt/
	install -d $(DESTDIR)/etc/knotenpunkt
	install -m 0640 conf/knotenpunkt.hdf.example $(DESTDIR)/etc/knotenpunkt/knotenpunkt.hdf.example

clean:
	rm -rf $(B)
