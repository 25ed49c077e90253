export const id = 20;
export const ids = [20];
export const modules = {

/***/ 1020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsIO: () => (/* binding */ actionsIO)
/* harmony export */ });
/* unused harmony export coreLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);

const coreLogger = {
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(m),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(m),
    warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(m),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(m),
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.group(name, fn),
};
/** The real ActionIO over @actions/core: INPUT_* in, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY out. */
function actionsIO(env = process.env) {
    return {
        getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value),
        summary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown, true).write();
        },
        annotate: (level, message, props) => {
            const fn = level === "error" ? _actions_core__WEBPACK_IMPORTED_MODULE_0__.error : level === "warning" ? _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning : _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice;
            fn(message, props);
        },
        setSecret: (v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(v),
        env,
        logger: coreLogger,
    };
}
//# sourceMappingURL=actions-io.js.map

/***/ })

};
