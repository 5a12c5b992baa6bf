-- Column mappings of generic CSV statements, remembered per header layout (the normalised column names).
CREATE TABLE import_mappings (
    layout_key TEXT    PRIMARY KEY,
    header     TEXT    NOT NULL,
    mapping    TEXT    NOT NULL,
    updated_ms INTEGER NOT NULL
);
