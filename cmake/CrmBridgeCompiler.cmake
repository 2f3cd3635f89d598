# One INTERFACE target carries the language level, the Qt strictness defines and the warning
# flags for every target of the project (STYLE.md, habit 1).

find_program(CRMBRIDGE_CCACHE ccache)
if(CRMBRIDGE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CRMBRIDGE_CCACHE}" CACHE STRING "" FORCE)
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(crmbridge_options INTERFACE)
target_compile_features(crmbridge_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(crmbridge_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CRMBRIDGE_VERSION="${PROJECT_VERSION}")

target_compile_options(crmbridge_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)

if(CRMBRIDGE_WERROR)
    target_compile_options(crmbridge_options INTERFACE -Werror)
endif()

if(CRMBRIDGE_SANITIZE)
    target_compile_options(crmbridge_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(crmbridge_options INTERFACE -fsanitize=address,undefined)
endif()
