export const rustCases = [];
