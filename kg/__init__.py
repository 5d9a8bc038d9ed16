"""kg: knowledge graphs of defence and diplomacy news, every fact traced to the words of its article.

The folders are the stages of the data flow: ``facts`` → ``graph`` → ``validate`` →
``build`` → ``store`` → ``remote`` / ``network`` / ``extract``, with ``cli`` on top.
"""
