package nianbao.form;

/** What kind of number a cell holds: a whole count, or an amount in 万元 kept exactly as written. */
public enum ValueType {
    COUNT,
    AMOUNT
}
