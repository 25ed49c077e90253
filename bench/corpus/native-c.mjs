export const cCases = [];
