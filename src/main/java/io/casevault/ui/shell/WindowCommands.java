package io.casevault.ui.shell;

import java.util.List;

/** What the menus ask of the other parts of the window; the wiring connects them. */
public interface WindowCommands {

    /** File → New case: the case dialog. */
    void newCase();

    /** File → Import e-mails…: on the selected case's evidence tab. */
    void importMail();

    /** File → E-mail addresses…: which addresses are the user's. */
    void ownAddresses();

    /** Edit → Paste evidence: to the tab that takes it. */
    void paste();

    /** Edit → Find case: into the search field. */
    void find();

    /** The title keys of the case tabs, in their order: View lists them, Ctrl+1 to Ctrl+9 open them. */
    List<String> tabKeys();

    /** View → a case tab: shows the tab with this title key. */
    void showTab(String titleKey);

    /** Help → About. */
    void about();
}
