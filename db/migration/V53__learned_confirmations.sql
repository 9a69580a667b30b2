-- Of the learned examples, the ones their writer asked as a yes/no question to which the unit says
-- yes ("is russia willing to help with food?" for Russia's willingness to give humanitarian aid),
-- filled by `summit-bot data harvest`. A yes/no question the rules leave open that comes very close
-- in meaning to one of them is confirmed by the unit (see YesNoAnswer).
ALTER TABLE answer_unit ADD COLUMN learned_confirmations TEXT NOT NULL DEFAULT '';
