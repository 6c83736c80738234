package dev.parley.response;

import dev.parley.response.approval.ApprovalRules;
import dev.parley.response.approval.Settings;
import dev.parley.response.assignment.Agent;
import dev.parley.response.assignment.AgentRepository;
import dev.parley.response.assignment.Assigner;
import dev.parley.response.assignment.CaseAssignment;
import dev.parley.response.brandcheck.BrandVoiceClientProperties;
import dev.parley.response.brandcheck.MicronautBrandCheckGateway;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CaseIntake;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.CaseStatusChanges;
import dev.parley.response.cases.CrisisAlerts;
import dev.parley.response.cases.Escalations;
import dev.parley.response.cases.PrivateMoves;
import dev.parley.response.cases.SlaWatch;
import dev.parley.response.config.AssignmentProperties;
import dev.parley.response.config.CsatProperties;
import dev.parley.response.csat.CsatSurveys;
import dev.parley.response.csat.SurveyRepository;
import dev.parley.response.config.SlaProperties;
import dev.parley.response.cases.TriageCorrections;
import dev.parley.response.outbox.OutboxCaseEvents;
import dev.parley.response.outbox.OutboxWriter;
import dev.parley.response.replies.PrivateInvitations;
import dev.parley.response.replies.ReplyRepository;
import dev.parley.support.messaging.CloudEventMessages;
import dev.parley.response.replies.ReplyWorkflow;
import dev.parley.response.savedreplies.SavedReplyRepository;
import dev.parley.response.savedreplies.Suggestions;
import dev.parley.response.sla.SlaTimekeeper;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class ResponseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CaseEvents caseEvents(JdbcTemplate jdbc, JsonMapper json, CloudEventMessages messages) {
        return new OutboxCaseEvents(new OutboxWriter(jdbc, json, messages.source()));
    }

    @Bean
    SlaTimekeeper slaTimekeeper(SlaProperties properties) {
        return properties.timekeeper();
    }

    @Bean
    CrisisAlerts crisisAlerts(CaseRepository cases, Escalations escalations, Clock clock) {
        return new CrisisAlerts(cases, escalations, clock);
    }

    @Bean
    Suggestions suggestions(SavedReplyRepository savedReplies) {
        return new Suggestions(savedReplies);
    }

    @Bean
    Escalations escalations(CaseRepository cases, CaseEvents events) {
        return new Escalations(cases, events);
    }

    @Bean
    SlaWatch slaWatch(CaseRepository cases, CaseEvents events, SlaTimekeeper sla, Escalations escalations,
                      CaseAssignment routing, Clock clock) {
        return new SlaWatch(cases, events, sla, escalations, routing, clock);
    }

    @Bean
    CaseAssignment caseAssignment(CaseRepository cases, ReplyRepository replies, AgentRepository agents,
                                  CaseEvents events, AssignmentProperties properties, Clock clock) {
        return new CaseAssignment(cases, replies, agents, events, new Assigner(properties.strategy()),
                properties.autoAssign(), clock);
    }

    @Bean
    CaseIntake caseIntake(CaseRepository cases, CaseEvents events, SlaTimekeeper sla, CaseAssignment routing,
                          Escalations escalations, CsatSurveys surveys, PrivateMoves privateMoves, Clock clock) {
        return new CaseIntake(cases, events, sla, routing, escalations, surveys, privateMoves, clock);
    }

    @Bean
    PrivateInvitations privateInvitations(CaseRepository cases, ReplyWorkflow workflow, PrivateMoves moves, Clock clock) {
        return new PrivateInvitations(cases, workflow, moves, clock);
    }

    @Bean
    CaseStatusChanges caseStatusChanges(CaseRepository cases, ReplyWorkflow replies, CaseEvents events,
                                        SlaTimekeeper sla, CsatSurveys surveys, Clock clock) {
        return new CaseStatusChanges(cases, replies::lastMessageOurs, events, sla, surveys, clock);
    }

    @Bean
    CsatSurveys csatSurveys(CaseRepository cases, SurveyRepository surveys, CaseEvents events, CsatProperties properties) {
        return new CsatSurveys(cases, surveys, events, properties.question(), properties.enabled());
    }

    @Bean
    TriageCorrections triageCorrections(CaseRepository cases, CaseEvents events, Clock clock) {
        return new TriageCorrections(cases, events, clock);
    }

    @Bean
    MicronautBrandCheckGateway brandCheckGateway(BrandVoiceClientProperties properties, JsonMapper json) {
        return new MicronautBrandCheckGateway(properties, json);
    }

    @Bean
    ReplyWorkflow replyWorkflow(CaseRepository cases, ReplyRepository replies, MicronautBrandCheckGateway brandCheck,
                                CaseEvents events, SlaTimekeeper sla, AgentRepository agents, Settings settings,
                                @Value("${parley.response.approval.min-priority:90}") int approvalFromPriority,
                                Clock clock) {
        if (approvalFromPriority < 0 || approvalFromPriority > 101) {
            throw new IllegalArgumentException("parley.response.approval.min-priority must be 0..101 (101: never), was "
                    + approvalFromPriority);
        }
        return new ReplyWorkflow(cases, replies, brandCheck, events, sla,
                new ApprovalRules(id -> agents.find(id).map(Agent::repliesNeedApproval).orElse(false),
                        settings::crisisMode, approvalFromPriority), clock);
    }
}
