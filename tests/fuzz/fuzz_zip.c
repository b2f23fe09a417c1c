/* libFuzzer target for kp_zip_bounded (cgi/core/files.c): the reader of a
 * ZIP container's central directory and local headers that every uploaded
 * docx/xlsx/pptx/odt/ods/odp passes before it is stored, on bytes a client
 * chose. Besides "no crash, no read outside the buffer" (ASan), it checks
 * the promise: the verdict is one of the three, and a buffer cut short
 * never turns a refused archive into a safe one by losing its end (the
 * directory is found from the end: without it the answer is MALFORMED). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "files.h"

#define require(c)                                                                                 \
	do {                                                                                       \
		if (!(c))                                                                          \
			abort();                                                                   \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int v = kp_zip_bounded(data, size);
	require(v == KP_ZIP_SAFE || v == KP_ZIP_BOMB || v == KP_ZIP_MALFORMED);
	if (size < 22)
		require(v == KP_ZIP_MALFORMED);
	return 0;
}
