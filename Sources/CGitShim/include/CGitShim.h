#ifndef ACCRUE_CGITSHIM_H
#define ACCRUE_CGITSHIM_H

/* What Swift cannot call directly: git_libgit2_opts is variadic. */

/* Initializes libgit2 once per process; safe to call repeatedly. */
int accrue_git_init(void);

/* Turns strict object hash verification on (1) or off (0). Off speeds up blob reads a lot. */
int accrue_git_set_strict_hash_verification(int enabled);

/* Sets the object cache size in bytes (libgit2 default is 256 MiB). */
int accrue_git_set_cache_max_size(long long bytes);

/* Sets the pack window size and the total mapped-pack budget in bytes (libgit2: 1 GiB and 8 GiB). */
int accrue_git_set_mwindow_limits(unsigned long long window, unsigned long long mapped_limit);

#endif
