-- Whether every pixel of a read picture is fully opaque (no alpha channel, or every alpha sample at its maximum), as
-- the text recognition found when it decoded the whole picture: 1 yes, 0 no, NULL not known (read before V11). Derived
-- data like the text beside it. The dossier embeds the compressed rows of a PNG known to be opaque as they are,
-- alpha and all, under a colour space that shows only the colours, without inflating them again to check the alpha.
ALTER TABLE evidence_text ADD COLUMN opaque INTEGER CHECK (opaque IN (0, 1));
