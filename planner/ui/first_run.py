"""The first-run choice: explore an example organisation, or start with an empty one."""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

EXAMPLE, EMPTY, JUST_ME = "example", "empty", "just-me"


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Pathway Planner"))
        self.choice: str | None = None
        intro = QLabel(
            self.tr(
                "<h2>Welcome to Pathway Planner</h2>"
                "<p>Pathway Planner maps roles to the foundation learning they need (trauma, child "
                "protection, children's rights, child development and attachment), and shows where "
                "each worker stands. Everything stays on this computer.</p>"
                "<p>How would you like to start?</p>"
            )
        )
        intro.setWordWrap(True)
        self.example_btn = QCommandLinkButton(
            self.tr("Explore an example organisation"),
            self.tr(
                "Seven teams and about fifty made-up workers with a history of learning, "
                "so that every screen has something to show. Keep real records in a data folder of their own."
            ),
        )
        self.example_btn.setAccessibleName(self.tr("Explore an example organisation"))
        self.empty_btn = QCommandLinkButton(
            self.tr("Start empty"),
            self.tr(
                "The starter frameworks, learning modules and roles, with no people yet. "
                "Add your own teams and workers."
            ),
        )
        self.empty_btn.setAccessibleName(self.tr("Start empty"))
        self.just_me_btn = QCommandLinkButton(
            self.tr("Just me"),
            self.tr(
                "For one worker, carer or panel member keeping their own record: your pathway, "
                "your learning and reflections, your supervision and your regulator's cycle."
            ),
        )
        self.just_me_btn.setAccessibleName(self.tr("Just me"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.example_btn)
        layout.addWidget(self.empty_btn)
        layout.addWidget(self.just_me_btn)
        self.just_me_btn.clicked.connect(lambda: self._choose(JUST_ME))
        self.example_btn.clicked.connect(lambda: self._choose(EXAMPLE))
        self.empty_btn.clicked.connect(lambda: self._choose(EMPTY))
        self.example_btn.setDefault(True)
        self.example_btn.setFocus()
        self.resize(580, 460)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
