from kg.model import Mention


def test_referent_follows_the_antecedent_chain_and_survives_a_cycle():
    a = Mention("United Nations", 0, 14, 0, "Organization")
    b = Mention("UN", 20, 22, 0, "Organization", antecedent=a)
    c = Mention("it", 30, 32, 1, "Organization", antecedent=b)
    assert c.referent is a
    a.antecedent = c  # a cycle must not hang the pipeline
    assert c.referent in (a, b, c)
