using Cultivation.Contests;
using Cultivation.Exceptions;
using Cultivation.FollowUps;

namespace Cultivation.Domain.Tests.FollowUps;

public class FollowUpPlan_Tests
{
    private static readonly WorkingDayCalendar Calendar = new(StatutoryHolidays.Years.Select(y => new HolidayCalendar(Guid.NewGuid(), y.Year, y.Source, y.Days)));

    private static FollowUpPlan Plan(int cadence, DateOnly final, int firstContactDays = 30) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, cadence, final, firstContactDays, 3, Calendar);

    [Fact]
    public void Should_take_the_cadence_of_the_prize_level_and_track()
    {
        var policy = new FollowUpPolicy(Guid.NewGuid(), Guid.NewGuid());
        policy.CadenceFor(ContestTrack.Enterprise, PrizeLevel.First).ShouldBe(30);
        policy.CadenceFor(ContestTrack.Enterprise, PrizeLevel.Second).ShouldBe(60);
        policy.CadenceFor(ContestTrack.Enterprise, PrizeLevel.Third).ShouldBe(60);
        policy.CadenceFor(ContestTrack.Enterprise, PrizeLevel.Excellence).ShouldBe(90);
        policy.CadenceFor(ContestTrack.Maker, PrizeLevel.Second).ShouldBe(30);
        policy.CadenceFor(ContestTrack.Enterprise, null).ShouldBe(60); // nationally advanced without a Shanghai prize
        policy.FirstContactDays.ShouldBe(30);
        policy.CultivationYears.ShouldBe(3);
    }

    [Fact]
    public void Should_make_the_first_contact_due_after_the_final_on_a_working_day()
    {
        // Final on 2025-09-01; +30 days = 2025-10-01, the National Day holiday: due on 2025-10-09.
        var plan = Plan(30, new DateOnly(2025, 9, 1));
        plan.NextDueDate.ShouldBe(new DateOnly(2025, 10, 9));
        plan.EndsOn.ShouldBe(new DateOnly(2028, 9, 1));
        plan.Status.ShouldBe(FollowUpStatus.Active);
    }

    [Fact]
    public void Should_move_the_due_date_a_cadence_after_a_service_or_to_an_earlier_agreed_contact()
    {
        var plan = Plan(60, new DateOnly(2025, 3, 1));
        plan.RecordService(new DateOnly(2025, 4, 10), null, Calendar);
        plan.NextDueDate.ShouldBe(new DateOnly(2025, 6, 9));

        plan.RecordService(new DateOnly(2025, 5, 6), new DateOnly(2025, 5, 24), Calendar); // a Saturday: next working day
        plan.NextDueDate.ShouldBe(new DateOnly(2025, 5, 26));

        plan.RecordService(new DateOnly(2025, 6, 2), new DateOnly(2025, 12, 1), Calendar); // later than the cadence: the cadence wins
        plan.NextDueDate.ShouldBe(new DateOnly(2025, 8, 1));
        plan.LastServiceOn.ShouldBe(new DateOnly(2025, 6, 2));
    }

    [Fact]
    public void Should_not_move_the_schedule_back_for_a_late_entry_of_an_older_visit()
    {
        var plan = Plan(30, new DateOnly(2025, 3, 1));
        plan.RecordService(new DateOnly(2025, 5, 6), null, Calendar);
        var due = plan.NextDueDate;
        plan.RecordService(new DateOnly(2025, 4, 1), null, Calendar);
        plan.NextDueDate.ShouldBe(due);
    }

    [Fact]
    public void Should_pause_with_a_reason_resume_on_a_working_day_and_close()
    {
        var plan = Plan(30, new DateOnly(2025, 1, 10));
        Should.Throw<BusinessException>(() => plan.Pause(" ")).Field.ShouldBe("reason");
        plan.Pause("企业迁出本市");
        plan.Status.ShouldBe(FollowUpStatus.Paused);
        plan.Resume(new DateOnly(2025, 10, 3), Calendar);
        plan.NextDueDate.ShouldBe(new DateOnly(2025, 10, 9));
        plan.Close("已注销");
        Should.Throw<BusinessException>(() => plan.RecordService(new DateOnly(2025, 10, 10), null, Calendar)).Code.ShouldBe(CultivationDomainErrorCodes.PlanClosed);
        Should.Throw<BusinessException>(() => plan.Resume(new DateOnly(2025, 10, 10), Calendar)).Code.ShouldBe(CultivationDomainErrorCodes.PlanNotPaused);
    }
}
