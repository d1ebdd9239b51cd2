SELECT 'unterminated ; $$ /*
