//! Shared test support for mirage: the spec-case runner and the backend contract suite.
