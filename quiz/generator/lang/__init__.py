"""Language data, apart from the algorithms that use it: for English, its words and rules
(``en``) and its names of places, organizations and people (``en_names``)."""
