-- The prints of one file, read when another process's commit is added to a node's print filter
-- (intake.KnownClaimPrints): without this index that read scans every print of the history.
CREATE INDEX claim_print_file ON claim_print (file_id);
