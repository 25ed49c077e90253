export const javaCases = [];
