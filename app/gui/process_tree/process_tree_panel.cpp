// app/gui/process_tree/process_tree_panel.cpp — the processes of a run as a tree, with pid,
// ppid and the states the fork lessons teach (process_tree_model.hpp); each
// process lists its threads. Until a run feeds it, it says what it will show.
#include "app/gui/shell/panels.hpp"
#include "app/gui/process_tree/process_tree_model.hpp"
#include "app/gui/session/run_view.hpp"
#include "app/gui/shell/theme.hpp"
#include "app/gui/timeline/timeline_lane.hpp"  // state_colour
#include "app/gui/shell/widgets.hpp"
#include "app/gui/shell/worker_colors.hpp"
#include "core/common/i18n.hpp"

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

ImU32 status_colour(ProcessStatus s) {
    switch (s) {
        case ProcessStatus::Running: return colour::kRunning;
        case ProcessStatus::Blocked: return colour::kBlocked;
        case ProcessStatus::Zombie: return colour::kZombie;
        case ProcessStatus::Reaped:
        case ProcessStatus::Exited: return colour::kDone;
        case ProcessStatus::NotStarted:
        case ProcessStatus::Ended: break;
    }
    return colour::kTextMuted;
}

void tag(ImU32 col, const char* label, const char* tooltip) {
    ImGui::SameLine();
    text_coloured(col, label);
    ImGui::SetItemTooltip("%s", tooltip);
}

void status_cell(const ProcessNode& n) {
    const std::string status = status_text(n);
    text_coloured(status_colour(n.status), status);
    ImGui::SetItemTooltip("%s", status.c_str());
    if (n.orphan)
        tag(colour::kOrphan, tr("orphan"), tr("Its parent exited first: it was re-parented (here to the run process, a child subreaper; on a plain system to init), which reaps it."));
    if (n.daemon) tag(colour::kTextMuted, tr("daemon"), tr("Terminated when its parent process exits."));
    if (n.terminated) tag(colour::kTextMuted, tr("terminated"), tr("Sent SIGTERM (terminate(), or a daemon at exit)."));
    if (n.crashed && !n.terminated) tag(colour::kTextError, tr("crashed"), tr("Ended by a signal or an uncaught exception."));
}

void thread_row(const ProcessThread& t) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, worker_colour(t.worker));
    ImGui::TreeNodeEx(t.name.c_str(), ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen |
                                          ImGuiTreeNodeFlags_Bullet | ImGuiTreeNodeFlags_SpanAllColumns);
    ImGui::PopStyleColor();
    const std::string tid = std::to_string(t.tid);
    ImGui::SetItemTooltip("%s", (t.daemon ? trf("A thread of the process above (a daemon thread); tid {tid}.", {{"tid", tid}})
                                          : trf("A thread of the process above; tid {tid}.", {{"tid", tid}}))
                                    .c_str());
    ImGui::TableNextColumn();
    text_coloured(state_colour(t.state),
                  t.daemon ? trf("{state} (daemon)", {{"state", state_word(t.state)}}) : std::string(state_word(t.state)));
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
}

void process_rows(const ProcessTree& tree, size_t i) {
    const ProcessNode& n = tree.nodes[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(n.worker);
    ImGui::PushStyleColor(ImGuiCol_Text, worker_colour(n.worker));
    const bool leaf = n.children.empty() && n.threads.empty();
    const bool open = ImGui::TreeNodeEx(n.name.c_str(), ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAllColumns |
                                                            (leaf ? ImGuiTreeNodeFlags_Leaf : 0));
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    status_cell(n);
    ImGui::TableNextColumn();
    text(n.pid ? std::to_string(n.pid) : "—");
    ImGui::TableNextColumn();
    text(n.ppid ? std::to_string(n.ppid) : "—");
    if (open) {
        for (const ProcessThread& t : n.threads) thread_row(t);
        for (size_t c : n.children) process_rows(tree, c);
        ImGui::TreePop();
    }
    ImGui::PopID();
}

void tree_legend() {
    legend({{colour::kRunning, tr("running"), tr("Started and not finished.")},
            {colour::kZombie, tr("zombie"), tr("Exited, but its parent has not waited for it yet: it keeps its pid and exit code until wait() collects them.")},
            {colour::kDone, tr("reaped"), tr("Exited and waited for: the parent collected its exit code.")},
            {colour::kOrphan, tr("orphan"), tr("Its parent exited first; it was re-parented and is reaped by its new parent.")}});
}

}  // namespace

void ProcessTreePanel::draw_content(UiState& state) { draw_view(run_view(state.session())); }

void ProcessTreePanel::draw_view(const RunView& run) {
    if (!run.has_run()) {
        empty_state(tr(kNoRunYet),
                    tr("During a run this shows the run's processes as a tree, with pid and ppid, and whether each is running, a zombie (exited, not yet waited for), an orphan (its parent exited first) or reaped."));
        ImGui::Spacing();
        tree_legend();
        return;
    }
    const ProcessTree tree = build_process_tree(worker_rows(*run.snap), run.state == SessionState::Live);
    tree_legend();
    // Every column fits its contents (a narrow panel scrolls sideways rather than squeeze the states).
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_NoSavedSettings |
                                       ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
                                       ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY;
    constexpr ImGuiTableColumnFlags kFit = ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoResize;
    if (!ImGui::BeginTable("processes", 4, kFlags)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr("Process"), kFit);
    ImGui::TableSetupColumn(tr("State"), kFit);  // before the pids: in a narrow panel the state stays in view
    ImGui::TableSetupColumn("pid", kFit);
    ImGui::TableSetupColumn("ppid", kFit);
    ImGui::TableHeadersRow();
    for (size_t r : tree.roots) process_rows(tree, r);
    ImGui::EndTable();
}

}  // namespace il::gui
