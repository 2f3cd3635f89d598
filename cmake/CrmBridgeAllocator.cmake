# The memory allocator. The engine makes and frees many small objects on several threads at once
# (JSON records, strings, SQL bindings): glibc's malloc spent up to a third of a thread's time in
# its own free lists there (bench/run.sh sync, perf). jemalloc (Debian: libjemalloc-dev, installed
# by scripts/deps.sh) replaces it in every program of the project. Off under the sanitizers, which
# bring their own allocator; a machine without it builds with the system allocator, and says so.
option(CRMBRIDGE_JEMALLOC "Link every program with jemalloc" ON)

add_library(crmbridge_allocator INTERFACE)
if(CRMBRIDGE_JEMALLOC AND NOT CRMBRIDGE_SANITIZE)
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
    endif()
    if(JEMALLOC_FOUND)
        target_link_libraries(crmbridge_allocator INTERFACE PkgConfig::JEMALLOC)
        target_compile_definitions(crmbridge_allocator INTERFACE CRMBRIDGE_JEMALLOC)
    else()
        message(WARNING "jemalloc not found (Debian: libjemalloc-dev); building with the system allocator")
    endif()
endif()
