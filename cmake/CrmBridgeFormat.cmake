# `cmake --build build --target format` runs clang-format over every C++ file of the project.
find_program(CRMBRIDGE_CLANG_FORMAT NAMES clang-format clang-format-14)
if(CRMBRIDGE_CLANG_FORMAT)
    file(GLOB_RECURSE _crmbridge_format_files CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h)
    add_custom_target(format
        COMMAND ${CRMBRIDGE_CLANG_FORMAT} -i --style=file ${_crmbridge_format_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format over the tree"
        VERBATIM)
    add_custom_target(format-check
        COMMAND ${CRMBRIDGE_CLANG_FORMAT} --dry-run --Werror --style=file ${_crmbridge_format_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format check"
        VERBATIM)
endif()

# `cmake --build build --target tidy` runs clang-tidy (.clang-tidy at the root) over the sources.
find_program(CRMBRIDGE_CLANG_TIDY NAMES run-clang-tidy run-clang-tidy-14)
if(CRMBRIDGE_CLANG_TIDY)
    add_custom_target(tidy
        COMMAND ${CRMBRIDGE_CLANG_TIDY} -quiet -p ${PROJECT_BINARY_DIR} "^${PROJECT_SOURCE_DIR}/(app|core|models|ui)/"
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-tidy over app, core, models and ui"
        VERBATIM)
endif()
