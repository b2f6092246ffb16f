"""Chinese and Japanese write no space between sentences: the summary's text and the bot's
message keep it that way (other scripts still get one space)."""

from __future__ import annotations

from bot.chat.render import render_gist_html
from summarizer.models import GistOptions, SummaryOptions
from summarizer.pipeline import make_gist

LIBRARY_ZH = """图书馆在周六重新开放了。翻修花了两年时间，馆长说。现在读者可以在新的阅览室里学习。

市里为这次翻修支付了三百万元。学生们很高兴，他们说晚上终于有安静的地方了。

旧书架将被送到乡下的学校。馆长说，图书馆还会增加一个儿童角。

明年春天，图书馆门前会种上一排樱花树。市民可以在树下看书。
"""


def test_a_chinese_summary_and_its_message_have_no_ascii_space_between_sentences() -> None:
    gist = make_gist(LIBRARY_ZH, GistOptions(summary=SummaryOptions(sentences=3)))
    assert gist.summary.language == "zh" and len(gist.summary.sentences) == 3
    assert gist.summary.text == "".join(s.text for s in gist.summary.sentences)
    message = render_gist_html(gist)
    assert gist.summary.text in message


def test_english_sentences_are_still_joined_with_one_space() -> None:
    text = (
        "The library reopened on Saturday after two years of work. Readers can now study in a "
        "new reading room. The city paid three million for the refit, the librarian said.\n\n"
        "Old shelves will go to village schools. A children's corner opens next spring."
    )
    gist = make_gist(text, GistOptions(summary=SummaryOptions(sentences=2)))
    first, second = gist.summary.sentences
    assert gist.summary.text == f"{first.text} {second.text}"
