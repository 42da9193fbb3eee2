const numbers = new Intl.NumberFormat('zh-CN')

/** "1,204": numbers as Chinese writes them (Chinese needs no plural). */
export const n = (value: number) => numbers.format(value)
