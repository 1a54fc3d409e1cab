extension ImportResolver {
    /// The C standard library's and POSIX's one-part headers. `#include <time.h>` names the system's, never a
    /// project file that happens to share its name (abseil's absl/time/time.h matched `<time.h>` of cctz,
    /// an edge //absl/time/internal/cctz → //absl/time). A header with folders (`<sys/time.h>`) and a quoted
    /// include are matched against the project as before.
    static let standardCHeaders: Set<String> = [
        // C (C89 to C23)
        "assert.h", "complex.h", "ctype.h", "errno.h", "fenv.h", "float.h", "inttypes.h", "iso646.h", "limits.h",
        "locale.h", "math.h", "setjmp.h", "signal.h", "stdalign.h", "stdarg.h", "stdatomic.h", "stdbit.h",
        "stdbool.h", "stdckdint.h", "stddef.h", "stdint.h", "stdio.h", "stdlib.h", "stdnoreturn.h", "string.h",
        "tgmath.h", "threads.h", "time.h", "uchar.h", "wchar.h", "wctype.h",
        // POSIX
        "aio.h", "cpio.h", "dirent.h", "dlfcn.h", "fcntl.h", "fmtmsg.h", "fnmatch.h", "ftw.h", "glob.h", "grp.h",
        "iconv.h", "langinfo.h", "libgen.h", "monetary.h", "mqueue.h", "ndbm.h", "netdb.h", "nl_types.h", "poll.h",
        "pthread.h", "pwd.h", "regex.h", "sched.h", "search.h", "semaphore.h", "spawn.h", "strings.h", "syslog.h",
        "tar.h", "termios.h", "ulimit.h", "unistd.h", "utime.h", "utmpx.h", "wordexp.h",
        // Common platform headers
        "alloca.h", "malloc.h", "memory.h", "io.h", "process.h", "direct.h", "windows.h", "winsock2.h",
    ]
}
