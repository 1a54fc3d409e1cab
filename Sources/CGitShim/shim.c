#include "CGitShim.h"
#include <git2.h>

int accrue_git_init(void) {
    return git_libgit2_init();
}

int accrue_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

int accrue_git_set_cache_max_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)bytes);
}

int accrue_git_set_mwindow_limits(unsigned long long window, unsigned long long mapped_limit) {
    int code = git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, (size_t)window);
    if (code < 0) return code;
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, (size_t)mapped_limit);
}
