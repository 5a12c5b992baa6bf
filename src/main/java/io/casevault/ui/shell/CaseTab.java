package io.casevault.ui.shell;

import io.casevault.ui.common.CaseView;
import io.casevault.ui.common.PasteTarget;
import javafx.scene.control.Tab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One case tab whose view is built the first time it is needed — its tab selected, another view navigating to it, the
 * window building hidden views ahead once the cases show — not when the window is built: the window shows the case
 * list without building five views first.
 *
 * @param <V> the view's type
 */
public final class CaseTab<V extends CaseView> {
    private final String titleKey;
    private final Class<V> type;
    private final Supplier<? extends V> factory;
    private final Tab tab = new Tab();
    private V view;
    private Long selectOnShow;
    /** Whether the built view waits to be put in its tab ({@link #holdContent}). */
    private boolean held;
    private final List<Consumer<? super V>> whenBuilt = new ArrayList<>();

    /** @param titleKey the view's {@link CaseView#titleKey()}, known before the view is built */
    public CaseTab(String titleKey, Class<V> type, Supplier<? extends V> factory) {
        this.titleKey = Objects.requireNonNull(titleKey);
        this.type = Objects.requireNonNull(type);
        this.factory = Objects.requireNonNull(factory);
        tab.setUserData(this);
    }

    /** Tabs of views that are built already, in this order (a window with views of its choosing). */
    public static List<CaseTab<?>> built(CaseView... views) {
        return Arrays.stream(views).<CaseTab<?>>map(CaseTab::built).toList();
    }

    private static <V extends CaseView> CaseTab<V> built(V view) {
        @SuppressWarnings("unchecked")
        Class<V> type = (Class<V>) view.getClass();
        CaseTab<V> tab = new CaseTab<>(view.titleKey(), type, () -> view);
        tab.view();
        return tab;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The tab in the window; its content is the view once built. */
    Tab tab() {
        return tab;
    }

    boolean takesPastes() {
        return PasteTarget.class.isAssignableFrom(type);
    }

    boolean isBuilt() {
        return view != null;
    }

    /** The view, built (and put in its tab) on the first call. */
    public V view() {
        if (view == null) {
            V built = factory.get();
            if (!titleKey.equals(built.titleKey())) {
                throw new IllegalStateException("The tab " + titleKey + " was given the view " + built.titleKey());
            }
            view = built;
            if (!held) {
                tab.setContent(built.root());
            }
            whenBuilt.forEach(action -> action.accept(built));
            whenBuilt.clear();
            if (selectOnShow != null) {
                built.selectOnNextShow(selectOnShow);
                selectOnShow = null;
            }
        }
        return view;
    }

    /**
     * Keeps the view, when it is built, out of its tab until {@link #releaseContent}: at start the shown tab's view is
     * built beside the case list, and the first frame shows the case list without waiting for that view's styling
     * and layout.
     */
    void holdContent() {
        held = true;
    }

    /** Puts a held view in its tab (nothing to do when none is held). */
    void releaseContent() {
        held = false;
        if (view != null && tab.getContent() == null) {
            tab.setContent(view.root());
        }
    }

    /** Runs {@code action} on the view once it is built: now when it is, else when it first is. */
    void whenBuilt(Consumer<? super V> action) {
        if (view == null) {
            whenBuilt.add(action);
        } else {
            action.accept(view);
        }
    }

    /** The item the view has selected; none while it is not built. */
    Optional<Long> selectedItem() {
        return view == null ? Optional.empty() : view.selectedItem();
    }

    /** Has the view select this item when it next shows its case, also when it is built later. */
    void selectOnNextShow(long itemId) {
        if (view == null) {
            selectOnShow = itemId;
        } else {
            view.selectOnNextShow(itemId);
        }
    }
}
