"""Stage 4, extraction: quantities, targets, deadlines and the role of every numeral in a text.

Pure functions over a `str`, no spaCy: quantities and their units (`quantities`,
`units`), the sentence layout (`clauses`), verbs and predicates (`verbs`,
`predicates`), the rules that say a number is no target (`nontargets`), targets
(`targets`), time expressions and deadlines (`timeexpr`, `deadlines`), and the one
analysis that gives every numeral its role (`roles`).
"""
