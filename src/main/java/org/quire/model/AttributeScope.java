package org.quire.model;

/** Whether an attribute describes sources (data type, date, setting) or cases (sector, role). */
public enum AttributeScope {
    SOURCE, CASE
}
