# crmbridge_add_translations(TARGET): compiles the .qm files into TARGET under :/i18n.
function(crmbridge_add_translations target)
    qt_add_resources(${target} "crmbridge_i18n"
        PREFIX "/i18n"
        BASE "${CRMBRIDGE_QM_DIR}"
        FILES ${CRMBRIDGE_QM_FILES})
    add_dependencies(${target} crmbridge_translations)
endfunction()
